from typing import Any


def log(tag: str, value: Any) -> None:
    print(tag, value)


log("int", 3)
log("str", "x")
log("list", [1, 2])
