# CPython's exceptions and messages for int %, //, divmod by zero and for a float ** whose
# result overflows: OverflowError (34, 'Numerical result out of range'), errno ERANGE.


def power(a: float, b: float) -> None:
    try:
        print(a, "**", b, "=", a**b)
    except OverflowError as e:
        print("overflow:", e, e.args)
    except ZeroDivisionError as e:
        print("zero:", e)


def main() -> None:
    z: int = 0
    try:
        print(7 % z)
    except ZeroDivisionError as e:
        print(e)
    try:
        print(7 // z)
    except ZeroDivisionError as e:
        print(e)
    try:
        print(divmod(7, z))
    except ZeroDivisionError as e:
        print(e)
    try:
        print(7 / z)
    except ZeroDivisionError as e:
        print(e)
    print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 % 2, 7 % -2)
    x: float = 2.0
    try:
        print(x**1024)
    except OverflowError as e:
        print("overflow:", e)
    power(2.0, 1024.0)
    power(10.0, 400.0)
    power(-10.0, 401.0)
    power(-10.0, 400.0)
    power(2.0, 1023.0)
    power(2.0, -1080.0)
    power(10.0, -400.0)
    power(0.5, -1100.0)
    power(float("inf"), 2.0)
    power(2.0, float("inf"))
    power(float("nan"), 0.0)
    power(1.0, float("nan"))
    power(0.0, -1.0)
    power(0.0, 0.0)
    power(-8.0, 3.0)
    power(1e308, 1.0)
    power(1e308, 2.0)
    y: float = 1e200
    y **= 2
    print(y)


if __name__ == "__main__":
    main()
