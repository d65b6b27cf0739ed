from typing import Final

MAX_SIZE: Final = 3
GREETING: Final[str] = "hi"


def clip(xs: list[int]) -> list[int]:
    return xs[:MAX_SIZE]


print(clip([1, 2, 3, 4, 5]), GREETING)
