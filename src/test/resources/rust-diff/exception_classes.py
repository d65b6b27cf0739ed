"""Exception classes with bodies: fields, class attributes, __str__, args."""


class InsufficientFunds(ValueError):
    def __init__(self, need: int, have: int) -> None:
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have


class Quiet(Exception):
    """Only a docstring."""


class HttpError(Exception):
    status = 500
    reason: str = "server error"

    def __str__(self) -> str:
        return f"{self.status} {self.reason}"


class NotFound(HttpError):
    status = 404
    reason = "not found"


class Coded(RuntimeError):
    def __init__(self, code: int, detail: str = "none") -> None:
        self.code = code
        self.detail = detail


def withdraw(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


def fetch(path: str) -> str:
    if path == "/missing":
        raise NotFound()
    if path == "/broken":
        raise HttpError("broken", 7)
    return "ok " + path


if __name__ == "__main__":
    try:
        withdraw(3, 5)
    except InsufficientFunds as e:
        print(e.need, e.have, e)
        print(str(e), repr(e), e.args)
        print(f"[{e}]")
    try:
        withdraw(1, 2)
    except ValueError as e:
        print("as ValueError:", e, repr(e), e.args)
    try:
        raise Quiet()
    except Quiet as e:
        print("quiet:", repr(e), e.args, "<" + str(e) + ">")
    for path in ["/a", "/missing", "/broken"]:
        try:
            print(fetch(path))
        except NotFound as e:
            print("not found:", e, e.status, repr(e), e.args)
        except HttpError as e:
            print("http:", e, e.status, e.reason, repr(e), e.args)
    try:
        raise Coded(3)
    except Coded as e:
        print(e, repr(e), e.args, e.code, e.detail)
    try:
        raise Coded(4, detail="x")
    except RuntimeError as e:
        print(e, repr(e), e.args, isinstance(e, Coded))
    try:
        raise Coded(5, "y")
    except Exception as e:
        print(e, repr(e), e.args)
    try:
        raise ValueError("a", 2)
    except ValueError as e:
        print(e, repr(e), e.args)
    try:
        raise KeyError("k")
    except KeyError as e:
        print(e, repr(e), e.args)
    try:
        raise ValueError()
    except ValueError as e:
        print("<" + str(e) + ">", repr(e), e.args)
    try:
        raise ValueError(42)
    except ValueError as e:
        print(e, repr(e), e.args)
    try:
        try:
            withdraw(0, 9)
        except InsufficientFunds as e:
            e.need = 100
            raise
    except InsufficientFunds as e:
        print("re-raised:", e.need, e)
    err = InsufficientFunds(7, 1)
    print(err.need, err, isinstance(err, ValueError))
    try:
        raise err
    except InsufficientFunds as e:
        print("raised value:", e.have)
    withdraw(3, 5)
