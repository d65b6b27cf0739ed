from typing import Literal


def open_mode(mode: Literal["r", "w", "a"]) -> str:
    if mode == "r":
        return "reading"
    elif mode == "w":
        return "writing"
    return "appending"


print(open_mode("r"), open_mode("w"), open_mode("a"))
