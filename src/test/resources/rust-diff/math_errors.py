"""Every error message of math, caught and printed: domain and range errors, int conversions of
infinities and NaN, negative arguments to the integer functions, bad tolerances, fsum's errors."""
import math


def show(label: str, action: int) -> None:
    try:
        if action == 0:
            print(math.sqrt(-1))
        elif action == 1:
            print(math.log(0))
        elif action == 2:
            print(math.log(0.0))
        elif action == 3:
            print(math.log(-1.5))
        elif action == 4:
            print(math.log(10, 1))
        elif action == 5:
            print(math.log(10, 0))
        elif action == 6:
            print(math.exp(1000))
        elif action == 7:
            print(math.floor(math.inf))
        elif action == 8:
            print(math.floor(math.nan))
        elif action == 9:
            print(math.ceil(-math.inf))
        elif action == 10:
            print(math.trunc(math.nan))
        elif action == 11:
            print(math.factorial(-1))
        elif action == 12:
            print(math.isqrt(-1))
        elif action == 13:
            print(math.comb(-1, 2))
        elif action == 14:
            print(math.comb(5, -2))
        elif action == 15:
            print(math.perm(-3, 1))
        elif action == 16:
            print(math.perm(3, -1))
        elif action == 17:
            print(math.perm(-3))
        elif action == 18:
            print(math.isclose(1.0, 2.0, rel_tol=-1.0))
        elif action == 19:
            print(math.isclose(1.0, 2.0, abs_tol=-0.5))
        elif action == 20:
            print(math.fsum([math.inf, -math.inf]))
        elif action == 21:
            print(math.fsum([1e308, 1e308]))
        elif action == 22:
            print(math.dist([1.0, 2.0], [1.0]))
        elif action == 23:
            print(math.pow(0.0, -1.0))
        elif action == 24:
            print(math.pow(-2.0, 0.5))
        elif action == 25:
            print(math.pow(10.0, 400.0))
        elif action == 26:
            print(math.acos(2.0))
        elif action == 27:
            print(math.atanh(1.0))
        elif action == 28:
            print(math.gamma(0.0))
        elif action == 29:
            print(math.gamma(-3.0))
        elif action == 30:
            print(math.gamma(180.0))
        elif action == 31:
            print(math.lgamma(-2.0))
        elif action == 32:
            print(math.ldexp(1.0, 5000))
        elif action == 33:
            print(math.fmod(math.inf, 1.0))
        elif action == 34:
            print(math.fmod(1.0, 0.0))
        elif action == 35:
            print(math.remainder(1.0, 0.0))
        elif action == 36:
            print(math.cosh(1000.0))
        elif action == 37:
            print(math.log2(-4))
        elif action == 38:
            print(math.log10(0))
        elif action == 39:
            print(math.log1p(-1.0))
        elif action == 40:
            print(math.sin(math.inf))
        elif action == 41:
            print(math.expm1(1000.0))
        elif action == 42:
            print(math.exp2(2000.0))
        elif action == 43:
            print(math.sinh(-1000.0))
        elif action == 44:
            print(math.log(-math.inf))
    except ValueError as e:
        print(label, "ValueError:", e, e.args)
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except ArithmeticError as e:
        print(label, "ArithmeticError:", e)


if __name__ == "__main__":
    for i in range(45):
        show("case " + str(i), i)
    try:
        math.sqrt(-2.0)
    except Exception as e:
        print("caught as Exception:", str(e), repr(e))
    try:
        math.exp(800)
    except ArithmeticError as e:
        print("caught as ArithmeticError:", repr(e))
