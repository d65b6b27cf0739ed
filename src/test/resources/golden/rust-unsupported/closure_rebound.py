from typing import Callable


def make() -> Callable[[], int]:
    n = 1
    get = lambda: n
    n = 2
    return get


if __name__ == "__main__":
    print(make()())
