import itertools

n = 2
a, b = itertools.tee([1, 2, 3], n)
print(list(a), list(b))
