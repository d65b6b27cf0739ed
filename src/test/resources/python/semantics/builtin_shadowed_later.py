def f():
    n = len([1, 2])
    len = 3
    return n + len


print(f())
