import operator

xs: list[int] = [1]
operator.iadd(xs, [2])
print(xs)
