def all_set(inputs: list[int]) -> int:
    return int(all(inputs))


def main() -> None:
    print(all_set([1, 0, 1]), all_set([1, 2, -3]), all_set([]))
    print(any([0, 0, 0]), any([0, 5]))
    a, b, c = 1.5, 0.0, -2.0
    print(all((a, b, c)), all((a, c)), any((b, b)), any((b, c)))
    print(all(["x", ""]), any(["", "y"]), all(["p", "q"]))
    print(all([float("nan")]), any([-0.0]))
    names: tuple[str, ...] = ("", "")
    print(any(names))


if __name__ == "__main__":
    main()
