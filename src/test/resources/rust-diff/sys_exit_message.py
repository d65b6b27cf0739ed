"""sys.exit with a str: the message goes to stderr and the status is 1; stdout written before stays."""
import sys


def check(values: list[int]) -> None:
    for v in values:
        if v < 0:
            sys.exit(f"negative value: {v}")
        print("ok", v)


check([1, 2, -3, 4])
print("not reached")
