f = lambda n: n + offset
print(f(1))
