# math.prod() starts from the int 1: an empty product of floats is the int 1.
import math


def main() -> None:
    fs: list[float] = [1.5, 2.0]
    empty: list[float] = []
    print(math.prod(fs), math.prod(empty), math.prod(empty, start=2), math.prod([2, 3], start=0.5))
    xs: list[float] = [2, 3, 0.5]
    print(math.prod(xs), math.prod(xs[:2]), math.fsum(xs), math.hypot(3, 4.0))
    print(math.prod([1.5, 2]), math.prod([2, 3]))


if __name__ == "__main__":
    main()
