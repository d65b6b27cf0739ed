xs: list[int] = [1, 2]
ys: list[float] = [1.0, 2.0]
print(xs == ys)
