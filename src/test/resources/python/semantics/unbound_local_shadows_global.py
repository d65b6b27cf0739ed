x = 5


def f():
    print(x)  # missed: a local read before assignment in a function is left to run time (a caller may catch it)
    x = 1


f()
