import math

root = math.sqrt
print(root(4.0))
