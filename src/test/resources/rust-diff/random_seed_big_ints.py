"""random.seed with an int where ints are arbitrary precision (the module computes powers)."""
import random


def draws(seed: int) -> list[int]:
    random.seed(seed)
    return [random.randint(1, 100) for _ in range(5)]


print(draws(1))
print(draws(0))
print(draws(-7))
print(draws(2**64 + 3))
print(draws(-(3**50)))
big = 10**30
random.seed(big)
print(random.random())
rng = random.Random(2**40)
print(rng.randrange(1000), 2**70)
