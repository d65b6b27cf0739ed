"""Exceptions as values: annotated parameters and lists, made outside a raise, raised later."""


class AppError(Exception):
    pass


class Refused(AppError):
    def __init__(self, who: str) -> None:
        super().__init__(f"refused {who}")
        self.who = who


def describe(err: Exception) -> str:
    return f"{type_name(err)}: {err}"


def type_name(err: Exception) -> str:
    if isinstance(err, Refused):
        return "Refused"
    if isinstance(err, AppError):
        return "AppError"
    return "other"


def attempt(n: int) -> None:
    if n == 1:
        raise Refused("bob")
    if n == 2:
        raise AppError("plain", n)
    if n == 3:
        raise KeyError(n)


if __name__ == "__main__":
    errors: list[Exception] = []
    for n in range(4):
        try:
            attempt(n)
        except Refused as e:
            print("refused", e.who)
            errors.append(e)
        except Exception as e:
            errors.append(e)
    print(errors, len(errors))
    for err in errors:
        print(describe(err))
    pending = ValueError("later")
    print(repr(pending), pending.args)
    last: AppError = errors[0]
    try:
        raise last
    except AppError as e:
        print("again:", e)
    raise pending
