"""sys.exit raises SystemExit: finally blocks run, except SystemExit and bare except catch it,
except Exception does not, and an uncaught one from sys.exit(main()) sets the exit status."""
import sys
from sys import exit as leave


def stop(code: int) -> None:
    try:
        sys.exit(code)
    finally:
        print("finally ran for", code)


def caught() -> None:
    try:
        stop(4)
    except SystemExit:
        print("caught SystemExit")
    try:
        try:
            leave("message")
        except Exception:
            print("wrong: Exception caught SystemExit")
    except SystemExit as e:
        print("outer caught", e)
    try:
        raise SystemExit(7)
    except BaseException as e:
        print("BaseException caught", repr(e))
    try:
        sys.exit()
    except:
        print("bare except caught sys.exit()")


def main() -> int:
    caught()
    print("maxsize", sys.maxsize, sys.maxsize == 9223372036854775807, -sys.maxsize - 1)
    print("argv", len(sys.argv), sys.argv[1:])
    return 3


if __name__ == "__main__":
    sys.exit(main())
