from typing import Callable

if __name__ == "__main__":
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda: i)
    print([f() for f in fs])
