@trace
def f():
    return 1


def trace(g):
    return g
