"""Many pseudo-random floats through every float function of math: repr of each result (or the
error) must agree with CPython bit for bit."""
import math

state: int = 20261207


def next_int() -> int:
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def next_float(spread: int) -> float:
    """A float with a random 52-bit-ish mantissa, a random sign and an exponent in [-spread, spread]."""
    m = next_int() * 2097152 + next_int() % 2097152
    x = math.ldexp(float(m), -52)
    e = next_int() % (2 * spread + 1) - spread
    x = math.ldexp(x, e)
    if next_int() % 2 == 0:
        x = -x
    return x


def one(name: str, x: float) -> str:
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
        if name == "floor":
            return repr(math.floor(x))
        if name == "ceil":
            return repr(math.ceil(x))
        return "?"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def two(name: str, x: float, y: float) -> str:
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
        if name == "hypot":
            return repr(math.hypot(x, y))
        if name == "hypot3":
            return repr(math.hypot(x, y, x * 0.5))
        if name == "dist":
            return repr(math.dist([x, y], [y, x * 0.25]))
        if name == "log_base":
            return repr(math.log(x, y))
        if name == "nextafter":
            return repr(math.nextafter(x, y))
        if name == "isclose":
            return repr(math.isclose(x, y, rel_tol=0.5))
        if name == "fsum":
            return repr(math.fsum([x, y, -x, y * 1e-17, 1.0]))
        return "?"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


if __name__ == "__main__":
    names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
             "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "gamma", "lgamma",
             "erf", "erfc", "degrees", "radians", "ulp", "frexp", "modf", "floor", "ceil"]
    spreads = [2, 8, 40, 400, 1020]
    for name in names:
        # floor and ceil of a float beyond 64 bits give an int the translation cannot hold.
        for spread in spreads if name != "floor" and name != "ceil" else [2, 8, 40]:
            for i in range(60):
                x = next_float(spread)
                print(name, repr(x), one(name, x))
    pairs = ["atan2", "pow", "fmod", "remainder", "copysign", "hypot", "hypot3", "dist", "log_base",
             "nextafter", "isclose", "fsum"]
    for name in pairs:
        for spread in spreads:
            for i in range(60):
                x = next_float(spread)
                y = next_float(spread)
                print(name, repr(x), repr(y), two(name, x, y))
