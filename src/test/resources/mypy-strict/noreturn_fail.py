from typing import NoReturn


def fail(msg: str) -> NoReturn:
    raise ValueError(msg)


def checked(x: int) -> int:
    if x < 0:
        fail("negative")
    return x


print(checked(3))
try:
    checked(-1)
except ValueError as e:
    print("error:", e)
