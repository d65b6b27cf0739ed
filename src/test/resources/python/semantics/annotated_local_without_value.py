def f() -> int:
    x: int
    return x


print(f())
