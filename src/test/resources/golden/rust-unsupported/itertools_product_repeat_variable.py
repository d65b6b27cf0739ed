import itertools

n = 2
print(list(itertools.product([0, 1], repeat=n)))
