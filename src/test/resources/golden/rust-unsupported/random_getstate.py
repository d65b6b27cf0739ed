import random

random.seed(1)
state = random.getstate()
print(random.random())
