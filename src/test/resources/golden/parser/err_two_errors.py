def f(a, a b):
    pass
x = = 2
y = 3
