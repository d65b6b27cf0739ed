RATES: dict[str, float] = {"m": 1.0, "km": 1000.0, "cm": 0.01}


def main() -> None:
    print(", ".join(RATES))
    print("-".join({"b": 1, "a": 2}))
    words: tuple[str, ...] = ("p", "q")
    letters = ("x", "y", "z")
    print("+".join(words), "".join(letters))
    empty: dict[str, int] = {}
    print("[" + ",".join(empty) + "]")
    print(f"units: {' / '.join(RATES)}")


if __name__ == "__main__":
    main()
