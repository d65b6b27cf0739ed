import math

print(math.foo(2.0))
