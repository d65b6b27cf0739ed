x = 5


def f():
    print(x)
    x = 1


f()
