import time


def local() -> str:
    return time.strftime("%Y")


def year() -> int:
    return time.localtime().tm_year


def clock() -> float:
    return time.monotonic(1)
