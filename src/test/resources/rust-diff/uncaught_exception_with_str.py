"""An exception class with __str__ escaping main: CPython prints str(e) after the class name."""


class AppError(Exception):
    pass


class LimitError(AppError):
    def __init__(self, limit: int) -> None:
        super().__init__("limit", limit)
        self.limit = limit

    def __str__(self) -> str:
        return f"over the limit of {self.limit}"


def check(n: int) -> None:
    if n > 3:
        raise LimitError(3)
    print("fine", n)


if __name__ == "__main__":
    try:
        check(5)
    except AppError as e:
        print("app:", e, repr(e), e.args)
    try:
        check(9)
    except (KeyError, LimitError) as e:
        print("tuple:", e)
    check(1)
    check(4)
