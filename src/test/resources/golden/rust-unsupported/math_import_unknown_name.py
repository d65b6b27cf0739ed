from math import sqrt, sumprod

print(sqrt(2.0))
