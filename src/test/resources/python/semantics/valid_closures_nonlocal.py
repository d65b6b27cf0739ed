def counter():
    n = 0

    def inc() -> int:
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
c()
print(c())
