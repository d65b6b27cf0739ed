from typing import Any


def ident(x: Any) -> Any:
    return x


if __name__ == "__main__":
    print(ident(3))
