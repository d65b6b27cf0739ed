"""A filter in the common shape: sum the numbers on each line of stdin, report to stderr, exit 2 on a bad line."""
import sys


def main() -> int:
    total = 0
    lines = sys.stdin.readlines()
    for i, line in enumerate(lines):
        parts = line.split()
        if not parts:
            print(f"line {i + 1}: empty", file=sys.stderr)
            continue
        if not all(p.lstrip("-").isdigit() for p in parts):
            print(f"line {i + 1}: not numbers", file=sys.stderr)
            return 2
        s = sum(int(p) for p in parts)
        total += s
        print(f"{i + 1}: {s}")
    print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
