"""sys.exit(main()) where main returns None exits 0; sys.exit(False) too; a negative code wraps to 8 bits."""
import sys


def main() -> None:
    print("main ran")


def code(n: int) -> int:
    return n - 300


try:
    sys.exit(main())
except SystemExit:
    print("None code caught")
try:
    sys.exit(False)
except SystemExit:
    print("False code caught")
sys.exit(code(1))
