import random

rng = random.Random(3)
print(rng.sample({1, 2, 3}, 2))
