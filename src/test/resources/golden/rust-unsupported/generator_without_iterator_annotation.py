def countdown(n: int) -> int:
    while n > 0:
        yield n
        n -= 1
