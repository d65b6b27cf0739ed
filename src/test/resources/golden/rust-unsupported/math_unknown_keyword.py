import math

print(math.isclose(1.0, 1.1, tol=0.2))
