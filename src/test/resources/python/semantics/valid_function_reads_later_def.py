def f() -> int:
    return g() + 1


def g() -> int:
    return 1


print(f())
