def f() -> int:
    v = 1
    del v
    return v


print(f())
