def f():
    v = 0

    def g():
        nonlocal v
        v: int = 1
    return g
