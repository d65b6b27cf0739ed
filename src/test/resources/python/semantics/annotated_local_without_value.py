def f() -> int:
    x: int
    return x  # missed: a local read before assignment in a function is left to run time (a caller may catch it)


print(f())
