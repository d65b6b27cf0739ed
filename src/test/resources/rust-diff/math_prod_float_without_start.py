import math

prices: list[float] = [1.5, 2.0]
print(math.prod(prices))
