def f():
    n = len([1, 2])  # missed: a local read before assignment in a function is left to run time (a caller may catch it)
    len = 3
    return n + len


print(f())
