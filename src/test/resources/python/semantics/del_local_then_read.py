def f() -> int:
    v = 1
    del v
    return v  # missed: a local read before assignment in a function is left to run time (a caller may catch it)


print(f())
