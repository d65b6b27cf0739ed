from typing import Literal


def code(x: Literal["a", 1]) -> str:
    return str(x)


if __name__ == "__main__":
    print(code("a"))
