from datetime import timedelta


def main() -> None:
    cases = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
             timedelta(days=1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001),
             timedelta(weeks=-2, days=3), timedelta(hours=-36), timedelta(days=999999999),
             timedelta(days=-999999999), timedelta(seconds=86399, microseconds=999999)]
    for td in cases:
        print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
    halves = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.25, 1e-7, 3.3333]
    for h in halves:
        print(h, repr(timedelta(microseconds=h)), repr(timedelta(seconds=h)), repr(timedelta(days=h)))
    print(repr(timedelta(days=1.5, seconds=-0.25, microseconds=0.5)), repr(timedelta(hours=0.1, minutes=0.1)))
    one = timedelta(microseconds=1)
    for f in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 1 / 3, 2 / 3, 1e-300, 0.0]:
        print(f, repr(one * f), repr(f * timedelta(seconds=1)), repr(timedelta(days=1) * f))
    for n in [1, 2, 3, 7, -1, -3, 1000000]:
        print(n, repr(timedelta(seconds=1) / n), repr(timedelta(seconds=1) // n), repr(timedelta(seconds=-1) // n),
              repr(timedelta(microseconds=5) / n), repr(timedelta(microseconds=-5) / n))
    for x in [0.5, 3.0, -2.0, 1e-9, 7.25]:
        print(x, repr(timedelta(seconds=1) / x))
    a = timedelta(days=1, seconds=7)
    b = timedelta(hours=-5, microseconds=3)
    print(a / b, a // b, repr(a % b), divmod(a, b), b / a, b // a, repr(b % a), divmod(b, a))
    print(repr(a + b), repr(a - b), repr(-a), repr(+b), repr(abs(b)), a * 3 == 3 * a, a > b, a <= a)
    print(timedelta.max / timedelta.resolution, timedelta.max // timedelta(days=1))
    print(timedelta(seconds=1) / timedelta(days=365), timedelta(days=7) / timedelta(days=1))
    print(sorted([timedelta(hours=1), timedelta(minutes=-5), timedelta(0)]), max(a, b), min(a, b))
    print(timedelta(hours=24) == timedelta(days=1), timedelta(hours=24) != timedelta(days=1))
    spans = {timedelta(hours=h) for h in range(5)}
    print(sorted(spans), len(spans))
    print(f"{str(timedelta(hours=1, minutes=2)):>12}|{timedelta(hours=-1)!r}|{timedelta(0)!s}")
    errors = 0
    try:
        timedelta(days=1000000000)
    except OverflowError as e:
        print("OverflowError:", e)
        errors += 1
    try:
        timedelta(days=10 ** 10)
    except OverflowError as e:
        print("OverflowError:", e)
        errors += 1
    try:
        print(timedelta.max + one)
    except OverflowError as e:
        print("OverflowError:", e)
        errors += 1
    try:
        print(timedelta.max * 2)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(timedelta.min * 1.5)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(-timedelta.max, -timedelta.min)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(timedelta(1) * float("inf"))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(timedelta(1) * float("nan"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(timedelta(seconds=float("nan")))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(timedelta(1) / timedelta(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(timedelta(1) // timedelta(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(timedelta(1) % timedelta(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(timedelta(1) / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(timedelta(1) / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(errors)
    print(timedelta(1) // 0)


if __name__ == "__main__":
    main()
