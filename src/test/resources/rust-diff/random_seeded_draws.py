"""Thousands of draws from every translated function of random, across small, large, negative
and beyond-32-bit seeds, an int-equal float seed and str seeds (SHA-512, version 2): each function's
results go through a checksum over their repr, printed with a few samples, so one number in a
different place shows."""
import random
from random import Random

MOD: int = 2147483647


def mix(h: int, text: str) -> int:
    for ch in text:
        h = (h * 131 + ord(ch)) % MOD
    return (h * 131 + 7) % MOD


def report(name: str, h: int, sample: str) -> None:
    print(name, h, sample)


def ints(rng: Random, n: int) -> None:
    h = 0
    got: list[int] = []
    for i in range(n):
        got.append(rng.randint(-3, 3 + i % 50))
        got.append(rng.randrange(1 + i * 7919))
        got.append(rng.randrange(-i, i + 1))
        got.append(rng.randrange(-1000, 1000, 1 + i % 13))
        got.append(rng.randrange(1000, -1000, -1 - i % 7))
        got.append(rng.randrange(0, 2**62, 3))
        got.append(rng.randint(-9223372036854775807 - 1, 9223372036854775807))
        got.append(rng.getrandbits(1 + i % 63))
    for x in got:
        h = mix(h, str(x))
    report("ints", h, str(got[:8]))


def floats(rng: Random, n: int) -> None:
    h = 0
    got: list[float] = []
    for i in range(n):
        got.append(rng.random())
        got.append(rng.uniform(-i, i * 2.5))
        got.append(rng.uniform(3, 3 + i))
        got.append(rng.triangular())
        got.append(rng.triangular(0.0, 10.0, 2.5))
        got.append(rng.triangular(5.0, -5.0, 1.0))
        got.append(rng.gauss())
        got.append(rng.gauss(10, 2.5))
        got.append(rng.normalvariate(-1.0, 3.0))
        got.append(rng.expovariate(0.25 + i % 4))
        got.append(rng.lognormvariate(0.5, 0.75))
        got.append(rng.vonmisesvariate(1.0, (i % 5) * 0.5))
        got.append(rng.gammavariate(0.25 + (i % 12) * 0.25, 2.0))
        got.append(rng.betavariate(0.5 + i % 3, 1.5))
        got.append(rng.paretovariate(1.0 + i % 3))
        got.append(rng.weibullvariate(2.0, 0.5 + i % 4))
    for x in got:
        h = mix(h, repr(x))
    report("floats", h, repr(got[:3]))


def sequences(rng: Random, n: int) -> None:
    h = 0
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for i in range(n):
        deck = list(range(i % 40))
        rng.shuffle(deck)
        h = mix(h, str(deck))
        word = rng.choice(words)
        letter = rng.choice("xyzzy")
        step = rng.choice(range(-5, 500, 7))
        h = mix(h, word + letter + str(step))
        pick = rng.choice((1.5, 2.5, 3.5))
        h = mix(h, str(pick))
        k = i % 9
        few = rng.sample(words, k % len(words))
        h = mix(h, str(few))
        some = rng.sample(range(10 * i + 30), k)
        h = mix(h, str(some))
        spread = rng.sample(range(100000), 3 + k)
        h = mix(h, str(spread))
        dealt = rng.sample(deck, min(k, len(deck)))
        h = mix(h, str(dealt))
        even = rng.choices(words, k=k)
        h = mix(h, str(even))
        weighted = rng.choices(words, [1, 2, 3, 4, 5, 6, 7, 8], k=3)
        h = mix(h, str(weighted))
        fractional = rng.choices(words, [0.5, 0.25, 0.0, 3.0, 1e-3, 2.0, 0.0, 1.0], k=2)
        h = mix(h, str(fractional))
        cumulative = rng.choices(range(8), cum_weights=[1, 1, 2, 3, 5, 8, 13, 21], k=4)
        h = mix(h, str(cumulative))
    report("sequences", h, str(rng.sample(words, 3)))


def run(rng: Random, label: str) -> None:
    print("seed", label)
    ints(rng, 150)
    floats(rng, 120)
    sequences(rng, 120)


for s in [0, 1, 2, 42, -1, -42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**40 + 12345,
          -(2**53) - 7, 2**62, 9223372036854775807, -9223372036854775807 - 1]:
    run(Random(s), str(s))
for text in ["", "a", "hello", "random seed", "ünïcödé ✓", "x" * 200]:
    run(Random(text), repr(text))
for f in [0.0, 2.0, 1.5, -1.5, -1.0, 3.141592653589793, 1e300, -0.0]:
    run(Random(f), repr(f))
run(Random(True), "True")

# The module's shared instance, reseeded; gauss() keeps its cached second value until seed().
random.seed(2026)
print(random.random(), random.randint(1, 6), random.choice(["a", "b", "c"]))
print(random.gauss(0.0, 1.0))
random.seed(2026)
print(random.random(), random.randint(1, 6), random.choice(["a", "b", "c"]))
print(random.gauss(0.0, 1.0), random.gauss(0.0, 1.0))
random.seed(99)
first = random.gauss(1.0, 1.0)
random.seed(99)
print(first == random.gauss(1.0, 1.0))
r = Random(5)
print(r.gauss(), r.gauss())
r.seed(5)
print(r.gauss(), r.gauss())
r2 = Random(5)
r2.gauss()
r2.seed(6)
print(r2.gauss())
# Two instances do not share state; the module's instance is a third.
a = Random(1)
b = Random(1)
random.seed(1)
print(a.random(), random.random(), b.random(), a.random() == b.random())
print(random.getrandbits(63), random.randrange(10), random.sample(range(50), 5))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choices(xs, k=4), random.uniform(0, 1), random.triangular(1, 3, 2))
random.seed(3.0)
x3 = random.random()
random.seed(3)
print(x3 == random.random())
