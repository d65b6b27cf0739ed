def f(x=y):
    return x


y = 1
print(f())
