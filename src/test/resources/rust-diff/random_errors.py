"""random's errors as CPython raises them: the exception type and message of each value-dependent
failure (empty ranges, a zero step, an empty sequence, a sample too large, weights that do not
fit), and the draws around them unchanged."""
import random
from random import Random


def attempt(label: str, rng: Random, case: int) -> None:
    try:
        if case == 0:
            print(label, rng.randrange(0))
        elif case == 1:
            print(label, rng.randrange(-5))
        elif case == 2:
            print(label, rng.randrange(5, 5))
        elif case == 3:
            print(label, rng.randrange(7, 2))
        elif case == 4:
            print(label, rng.randrange(0, 10, 0))
        elif case == 5:
            print(label, rng.randrange(0, 10, -1))
        elif case == 6:
            print(label, rng.randrange(10, 0, 2))
        elif case == 7:
            print(label, rng.randint(5, 3))
        elif case == 8:
            print(label, rng.randint(5, 4))
        elif case == 9:
            empty: list[int] = []
            print(label, rng.choice(empty))
        elif case == 10:
            print(label, rng.choice(""))
        elif case == 11:
            print(label, rng.choice(range(3, 3)))
        elif case == 12:
            print(label, rng.sample([1, 2, 3], 4))
        elif case == 13:
            print(label, rng.sample([1, 2, 3], -1))
        elif case == 14:
            print(label, rng.choices([1, 2, 3], [1, 2], k=2))
        elif case == 15:
            print(label, rng.choices([1, 2, 3], [0, 0, 0], k=2))
        elif case == 16:
            print(label, rng.choices([1, 2], [1.0, float("inf")], k=2))
        elif case == 17:
            print(label, rng.choices([1, 2], [1.0, float("nan")], k=2))
        elif case == 18:
            none: list[int] = []
            print(label, rng.choices(none, k=2))
        elif case == 19:
            none2: list[str] = []
            no_weights: list[float] = []
            print(label, rng.choices(none2, no_weights, k=1))
        elif case == 20:
            no_cum: list[int] = []
            print(label, rng.choices("", cum_weights=no_cum, k=1))
        elif case == 21:
            print(label, rng.getrandbits(-1))
        elif case == 22:
            print(label, rng.expovariate(0))
        elif case == 23:
            print(label, rng.gammavariate(-1.0, 1.0))
        elif case == 24:
            print(label, rng.gammavariate(1.0, 0.0))
        elif case == 25:
            print(label, rng.paretovariate(0.0))
        elif case == 26:
            print(label, rng.weibullvariate(1.0, 0.0))
        elif case == 27:
            print(label, rng.choices([1, 2, 3], [-1, -2, 3], k=3))
        elif case == 28:
            print(label, rng.choices(range(0), k=0), rng.sample(range(0), 0), rng.choices("ab", k=-3))
        elif case == 29:
            print(label, rng.choice(range(0, 20, -1)))
        elif case == 30:
            print(label, rng.triangular(2, 2, 5), rng.triangular(2.0, 2.0, 5.0), rng.triangular(1, 1.0, 0))
        elif case == 31:
            print(label, rng.triangular(1, 3, 2), rng.triangular(3, 1, 5), rng.triangular(0, 10, -4))
        elif case == 32:
            print(label, rng.lognormvariate(800.0, 0.001))
        elif case == 33:
            print(label, rng.sample((4, 5, 6), 3), rng.sample("abc", 0), rng.randrange(-10, -20, -3))
    except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(label, repr(e))
    print(label, "then", rng.random())


for case in range(34):
    attempt("case " + str(case), Random(case), case)
random.seed(11)
for case in range(34):
    attempt("shared " + str(case), Random(100 + case), case)
try:
    random.randrange(3, 3)
except ValueError as e:
    print("module:", e)
nothing: list[str] = []
try:
    random.choice(nothing)
except IndexError as e:
    print("module:", e)
print(random.random())
