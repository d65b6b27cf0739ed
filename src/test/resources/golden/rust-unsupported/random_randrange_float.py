import random

print(random.randrange(0.0, 10.0))
