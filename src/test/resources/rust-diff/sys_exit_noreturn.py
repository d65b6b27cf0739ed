"""sys.exit as a function's last statement: the function returns its declared type on every
other path, as a type checker accepts (sys.exit never returns)."""
import sys


def parse(s: str) -> int:
    if s.isdigit():
        return int(s)
    sys.exit(f"not a number: {s!r}")


def main() -> int:
    total = 0
    for s in ["12", "30", "x1"]:
        total += parse(s)
        print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
