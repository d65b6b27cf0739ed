"""input() with and without a prompt, sys.stdin.readline, iteration over sys.stdin that stops
early and then reading on, read() of the rest, and EOFError at the end of input."""
import sys


def main() -> None:
    name = input("name? ")
    print("hello", name)
    count = int(input())
    print("count", count)
    first = sys.stdin.readline()
    print(repr(first))
    seen = 0
    for line in sys.stdin:
        seen += 1
        print("line", seen, repr(line))
        if line.strip() == "stop":
            break
    print("after the loop:", repr(sys.stdin.readline()))
    rest = sys.stdin.read()
    print("rest", repr(rest))
    print("at the end:", repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
    try:
        input("more? ")
    except EOFError as e:
        print("EOFError:", e)
    input()


main()
