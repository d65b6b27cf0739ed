from random import Random

rng = Random(5)
print(len(rng))
