"""An unseeded program draws different numbers on each run (CPython seeds from the system's
entropy, and so does the translation), so only what holds for every run is printed: the ranges,
the lengths, and that a seeded instance beside the shared one is unaffected."""
import random
from random import Random

ok = True
for _ in range(2000):
    x = random.random()
    n = random.randint(-3, 3)
    k = random.randrange(0, 100, 5)
    g = random.getrandbits(10)
    u = random.uniform(2, 5)
    ok = ok and 0.0 <= x < 1.0 and -3 <= n <= 3 and k % 5 == 0 and 0 <= k < 100 and 0 <= g < 1024
    ok = ok and 2 <= u <= 5
print("in range:", ok)
deck = list(range(52))
random.shuffle(deck)
same_cards = sorted(deck) == list(range(52))
print("a permutation:", same_cards)
hand = random.sample(deck, 7)
chosen = random.sample(range(1000), 50)
distinct = set(chosen)
print("sample size:", len(hand), len(distinct))
fresh = Random()
print("fresh instance in range:", 0.0 <= fresh.random() < 1.0)
seeded = Random(10)
random.seed()
print("seeded instance unaffected:", seeded.random() == Random(10).random())
