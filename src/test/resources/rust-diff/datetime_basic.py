from datetime import date, datetime, time, timedelta


def show(d: date) -> str:
    return f"{d:%Y-%m-%d} {d.weekday()} {d.isoweekday()}"


def main() -> None:
    d = date(2024, 1, 5)
    print(d, repr(d), d.year, d.month, d.day)
    print(show(d))
    print(d.isocalendar(), d.isocalendar().week)
    print(d.toordinal(), date.fromordinal(d.toordinal()))
    print(d.replace(day=31), d.replace(year=2023, month=2))
    print(d.isoformat(), d.ctime())
    print(date.min, date.max, date.resolution)
    t = time(13, 5, 9, 250)
    print(t, repr(t), t.hour, t.minute, t.second, t.microsecond)
    print(t.isoformat(timespec="milliseconds"), time(1), repr(time(1, 2, 3)))
    dt = datetime(2024, 1, 5, 13, 5)
    print(dt, repr(dt), dt.date(), dt.time())
    print(dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"))
    print(datetime.combine(d, t))
    td = timedelta(days=-1, seconds=5)
    print(td, repr(td), td.days, td.seconds, td.microseconds)
    print(timedelta(hours=-1), timedelta(0), repr(timedelta(0)))
    print(timedelta(days=2, microseconds=500000))
    print(d + timedelta(days=30), d - timedelta(weeks=1), timedelta(1) + d)
    print(date(2024, 3, 1) - date(2024, 2, 1))
    print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12))
    print(dt + timedelta(hours=12, minutes=1))
    one = timedelta(microseconds=1)
    print(one * 0.5, one * 1.5, one * 2.5, one * 3.5, timedelta(seconds=1) / 3)
    print(timedelta(days=1) / timedelta(hours=7), timedelta(days=1) // timedelta(hours=7))
    print(timedelta(days=1) % timedelta(hours=7), divmod(timedelta(days=1), timedelta(hours=7)))
    print(-timedelta(seconds=1), abs(timedelta(seconds=-1)), timedelta(minutes=90).total_seconds())
    print(timedelta(hours=1) * 2, 3 * timedelta(hours=1), timedelta(hours=1) // 7)
    print(d < date(2024, 1, 6), d == date(2024, 1, 5), d != date(2024, 1, 5), max(d, date(2000, 1, 1)))
    days: dict[date, int] = {d: 1, date(2024, 1, 6): 2}
    print(days[date(2024, 1, 5)], sorted([date(2024, 1, 9), d]))
    print(sorted({timedelta(1), timedelta(2), timedelta(-1)}))
    print(datetime.strptime("2024-01-05 13:04:05.25", "%Y-%m-%d %H:%M:%S.%f"))
    print(date.fromisoformat("2024-W01-2"), datetime.fromisoformat("2024-01-05T10:11:12.5"))
    if timedelta(0):
        print("zero is true")
    print(f"{dt:%A %d %B %Y %I:%M %p}", t.strftime("%H.%M"), str(td))
    try:
        date(2024, 2, 30)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(date.max + timedelta(days=1))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        datetime.strptime("2024-01-05x", "%Y-%m-%d")
    except ValueError as e:
        print("ValueError:", e)
    print(date(2024, 13, 1))


if __name__ == "__main__":
    main()
