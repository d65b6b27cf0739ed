# An Optional local first assigned inside `try:` may be unbound in the handlers and after
# them; narrowed with `is not None` / `is None` in an expression there, it reads the value.
from typing import Optional


def find(xs: list[str], k: int) -> None:
    try:
        name: Optional[str] = xs[k] if k >= 0 else None
        o: Optional[int] = len(xs)
    except IndexError:
        print("missing", k)
        return
    finally:
        print(o if o is not None else 0)
    print(name is not None and name.upper() == "B", name is None or len(name) > 0)
    print(name.upper() if name is not None else "none")


def main() -> None:
    try:
        o: Optional[int] = 5
    finally:
        print(o if o is not None else 0)
    find(["a", "b"], 1)
    find(["a", "b"], -1)
    find(["a"], 3)


if __name__ == "__main__":
    main()
