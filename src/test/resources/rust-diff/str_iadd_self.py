# s += s appends a copy of the string to itself; other right-hand sides that read s.


def main() -> None:
    s: str = "ab "
    s += s
    print(s)
    s += s.strip()
    print(s)
    s += s[1:3]
    print(s)
    s += s.upper()
    print(s)
    t: str = "x"
    s += t
    print(s)


if __name__ == "__main__":
    main()
