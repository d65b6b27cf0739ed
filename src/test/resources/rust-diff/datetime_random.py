import random
from datetime import date, datetime, timedelta


def main() -> None:
    rng = random.Random(12)
    formats = ["%Y-%m-%d %j %U %W %w %u %G %V %g", "%a %A %b %B %c", "%x %X %I%p %e %C %y", "%d/%m/%Y %H:%M:%S.%f"]
    for _ in range(400):
        d = date.fromordinal(rng.randint(1, 3652059))
        dt = datetime.combine(d, datetime(2000, 1, 1, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                                          rng.randint(0, 999999)).time())
        print(d, d.isocalendar(), d.weekday(), dt.strftime(formats[rng.randint(0, 3)]))
        text = dt.strftime("%Y-%m-%d %H:%M:%S.%f")
        if d.year >= 1000:
            print(datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f") == dt)
        print(datetime.fromisoformat(dt.isoformat()) == dt, dt.isoformat(timespec="milliseconds"))
    for _ in range(400):
        td = timedelta(days=rng.randint(-50000, 50000), seconds=rng.randint(-10 ** 6, 10 ** 6),
                       microseconds=rng.randint(-10 ** 7, 10 ** 7))
        f = rng.uniform(-1000.0, 1000.0)
        k = rng.randint(-10000, 10000)
        other = timedelta(seconds=rng.uniform(-1e6, 1e6))
        print(repr(td), str(td), td.total_seconds(), repr(td * f), repr(td / (f or 1.0)), repr(td * k))
        if k != 0:
            print(repr(td / k), repr(td // k))
        if other:
            print(td / other, td // other, repr(td % other), repr(other))
        us = rng.randint(-10 ** 6, 10 ** 6)
        half = timedelta(microseconds=us) * 0.5
        print(repr(half), repr(timedelta(seconds=rng.randint(-99, 99) + 0.5) / 3))
    base = datetime(2024, 2, 29, 12)
    for _ in range(200):
        step = timedelta(minutes=rng.randint(-10 ** 7, 10 ** 7), microseconds=rng.randint(0, 10 ** 6))
        moved = base + step
        print(moved, moved - base == step, repr(moved - datetime(1970, 1, 1)))


if __name__ == "__main__":
    main()
