from typing import Any


def inc(x: Any) -> Any:
    return x + 1


if __name__ == "__main__":
    print(inc(3))
