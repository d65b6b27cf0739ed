"""Every function and constant of math on edge cases: infinities, NaN, signed zeros, huge and
tiny values, negatives, ints where floats are expected, and the four import forms."""
import math
import math as m
from math import sqrt, pi
from math import floor as fl, inf as INF

SPECIALS: list[float] = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300,
                         1.7976931348623157e308, 710.0, -745.5, 3.141592653589793, math.inf, -math.inf, math.nan]


def attempt1(name: str, x: float) -> str:
    try:
        if name == "sqrt":
            return repr(math.sqrt(x))
        if name == "exp":
            return repr(math.exp(x))
        if name == "exp2":
            return repr(math.exp2(x))
        if name == "expm1":
            return repr(math.expm1(x))
        if name == "log":
            return repr(math.log(x))
        if name == "log2":
            return repr(math.log2(x))
        if name == "log10":
            return repr(math.log10(x))
        if name == "log1p":
            return repr(math.log1p(x))
        if name == "sin":
            return repr(math.sin(x))
        if name == "cos":
            return repr(math.cos(x))
        if name == "tan":
            return repr(math.tan(x))
        if name == "asin":
            return repr(math.asin(x))
        if name == "acos":
            return repr(math.acos(x))
        if name == "atan":
            return repr(math.atan(x))
        if name == "sinh":
            return repr(math.sinh(x))
        if name == "cosh":
            return repr(math.cosh(x))
        if name == "tanh":
            return repr(math.tanh(x))
        if name == "asinh":
            return repr(math.asinh(x))
        if name == "acosh":
            return repr(math.acosh(x))
        if name == "atanh":
            return repr(math.atanh(x))
        if name == "cbrt":
            return repr(math.cbrt(x))
        if name == "gamma":
            return repr(math.gamma(x))
        if name == "lgamma":
            return repr(math.lgamma(x))
        if name == "erf":
            return repr(math.erf(x))
        if name == "erfc":
            return repr(math.erfc(x))
        if name == "fabs":
            return repr(math.fabs(x))
        if name == "degrees":
            return repr(math.degrees(x))
        if name == "radians":
            return repr(math.radians(x))
        if name == "ulp":
            return repr(math.ulp(x))
        if name == "frexp":
            return repr(math.frexp(x))
        if name == "modf":
            return repr(math.modf(x))
        if name == "isfinite":
            return repr(math.isfinite(x))
        if name == "isinf":
            return repr(math.isinf(x))
        if name == "isnan":
            return repr(math.isnan(x))
        if name == "trunc":
            return repr(math.trunc(x))
        return "?"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def attempt2(name: str, x: float, y: float) -> str:
    try:
        if name == "atan2":
            return repr(math.atan2(x, y))
        if name == "pow":
            return repr(math.pow(x, y))
        if name == "fmod":
            return repr(math.fmod(x, y))
        if name == "remainder":
            return repr(math.remainder(x, y))
        if name == "copysign":
            return repr(math.copysign(x, y))
        if name == "nextafter":
            return repr(math.nextafter(x, y))
        if name == "hypot":
            return repr(math.hypot(x, y))
        if name == "log":
            return repr(math.log(x, y))
        if name == "isclose":
            return repr(math.isclose(x, y))
        return "?"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def constants() -> None:
    print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, m.pi, pi, INF)
    print(repr(math.pi), repr(math.tau / 2 == math.pi), math.copysign(1.0, math.nan))


def ints_as_floats() -> None:
    # Ints where floats are expected convert as float() does; log of an int checks its sign first.
    print(sqrt(16), math.exp(0), math.sin(0), math.atan2(1, 1), math.pow(2, 10), math.hypot(3, 4))
    print(math.log(1024, 2), math.log(2 ** 62), math.log2(2 ** 62 + 1), math.log10(10 ** 18), math.log(True))
    print(math.sqrt(9007199254740993), math.fabs(-7), math.ldexp(3, 2), math.copysign(3, -0.0))
    print(math.floor(-7), math.ceil(7), math.trunc(-7), fl(2.7), fl(-2.7), math.ceil(-0.5), math.floor(True))
    print(math.isclose(1, 1.0), math.degrees(1), math.radians(180), math.dist([0, 0], [3, 4]))


def integer_functions() -> None:
    print([math.factorial(n) for n in range(0, 21)])
    print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(9223372036854775807))
    print([math.isqrt(n) for n in range(0, 40)])
    print(math.isqrt(4611686014132420609), math.isqrt(4611686014132420608))
    print(math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(60, 30), math.comb(66, 33))
    print(math.comb(1000000, 2), math.comb(9223372036854775807, 1), math.comb(9223372036854775807, 0))
    print(math.perm(10), math.perm(10, 0), math.perm(10, 3), math.perm(3, 4), math.perm(20, 20))
    print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0))
    print(math.gcd(9223372036854775807, 6), math.gcd(-9223372036854775807 - 1, 6))
    print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 0, 5), math.lcm(-3, 7, 2))
    no_ints: list[int] = []
    no_floats: list[float] = []
    print(math.prod(no_ints), math.prod([2, 3, 4]), math.prod([2, 3], start=10), math.prod(range(1, 11)))
    print(math.prod([1.5, 2.0], start=1.0), math.prod(no_floats, start=1.0), math.prod([2, 3], start=0.5))
    print(math.prod(x for x in [1, -2, 3]), math.prod((2, 5)))


def sums_and_norms() -> None:
    no_floats: list[float] = []
    print(math.fsum(no_floats), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([1, 2, 3]))
    print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
    print(math.fsum([-0.0]), math.fsum([-0.0, -0.0]), math.fsum([1e308, 1e-308, -1e308]))
    print(math.fsum(x / 7 for x in range(1, 100)), math.fsum((0.1, 0.2, 0.3)))
    print(math.hypot(), math.hypot(-3.5), math.hypot(3.0, 4.0), math.hypot(1.0, 1.0, 1.0, 1.0))
    print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(5e-324, 5e-324, 5e-324))
    print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-0.0, 0.0))
    print(math.dist((1.0, 2.0, 3.0), (4.0, 6.0, 3.0)), math.dist(no_floats, no_floats), math.dist([1e308], [-1e308]))
    print(math.isclose(1.0, 1.0 + 1e-9), math.isclose(1.0, 1.0 + 2e-9), math.isclose(0.0, 1e-10))
    print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100.0, 95.0, rel_tol=0.05))
    print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
    print(math.isclose(1.0, 1.5, abs_tol=0.6, rel_tol=0.0), math.isclose(-1.0, -1.0 - 1e-12, rel_tol=0.0))


if __name__ == "__main__":
    constants()
    names1 = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
              "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "gamma", "lgamma",
              "erf", "erfc", "fabs", "degrees", "radians", "ulp", "frexp", "modf", "isfinite", "isinf",
              "isnan"]
    for name in names1:
        print(name, [attempt1(name, x) for x in SPECIALS])
    # trunc of a float beyond 64 bits gives an int the translation cannot hold: finite small ones only.
    print("trunc", [attempt1("trunc", x) for x in SPECIALS[:8] + [710.0, -745.5, math.inf, -math.inf, math.nan]])
    for x in [-1.5, -2.0, -0.5, 0.5, 1.0, 2.0, 3.0, 23.0, 24.0, 171.5, 172.0, 200.5, -200.5, 1e-21, -1e-320]:
        print("gamma", repr(x), attempt1("gamma", x), attempt1("lgamma", x))
    pairs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (0.0, -1.0), (5.5, 2.0),
             (-5.5, 2.0), (5.0, 2.0), (7.0, 2.0), (-7.0, 2.0), (1e308, 10.0), (2.0, 1024.0), (-8.0, 1.0 / 3.0),
             (-2.0, 3.0), (0.0, -3.0), (-0.0, -3.0), (1.0, math.inf), (math.inf, 2.0), (math.inf, math.inf),
             (math.inf, -math.inf), (-math.inf, 3.0), (-math.inf, -3.0), (-math.inf, 0.5), (math.nan, 0.0),
             (1.0, math.nan), (math.nan, math.nan), (0.5, math.inf), (2.0, -math.inf), (-1.0, math.inf),
             (1e-310, 1e-310), (3.0, 1.5), (10.0, 3.0), (1e300, 1e-300), (5e-324, 0.0), (-5e-324, 1.0)]
    for name in ["atan2", "pow", "fmod", "remainder", "copysign", "nextafter", "hypot", "log", "isclose"]:
        print(name, [attempt2(name, x, y) for x, y in pairs])
    ints_as_floats()
    integer_functions()
    sums_and_norms()
    for x in [1.0, 0.1, 1e300, 5e-324, 2.0 ** -1022, 4.49e307, -3.5]:
        print(math.ldexp(x, 0), math.ldexp(x, 1), math.ldexp(x, -1074), math.ldexp(x, -1080), math.ldexp(x, -2000))
    print(math.ldexp(1.0, 1023), math.ldexp(0.75, -1073), math.ldexp(0.5, -1074), math.ldexp(0.5000001, -1074))
    print(math.ldexp(-0.0, 5000), math.ldexp(math.inf, -5000), math.ldexp(1.0, -9223372036854775807 - 1))
