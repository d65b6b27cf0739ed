from typing import Optional


def main() -> None:
    c = len("ab") > 1
    a: str = ("s" if c else "t") + "u"
    print(a)
    v62: Optional[str] = None
    v76: str = (v62 if v62 is not None else (("s" if c else "t") + "s"))
    print(v76)


if __name__ == "__main__":
    main()
