import datetime


def leap(y: int) -> bool:
    try:
        datetime.date(y, 2, 29)
        return True
    except ValueError:
        return False


def main() -> None:
    for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999]:
        print(y, leap(y))
    for d in [datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(2020, 12, 31),
              datetime.date(2021, 1, 3), datetime.date(2015, 12, 31), datetime.date(2016, 1, 1),
              datetime.date(2008, 12, 29), datetime.date(2010, 1, 3), datetime.date(2004, 12, 31)]:
        print(d, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
        iso = d.isocalendar()
        print(iso.year, iso.week, iso.weekday, iso[0], iso[-1], list(iso))
        print(datetime.date.fromisocalendar(iso.year, iso.week, iso.weekday) == d)
    for m in range(1, 13):
        first = datetime.date(2024, m, 1)
        nxt = datetime.date(2024 + m // 12, m % 12 + 1, 1)
        print(m, (nxt - first).days, (nxt - datetime.timedelta(days=1)).day, first.strftime("%b %B %j %U %W %w %a %A"))
    print(datetime.date.fromordinal(1), datetime.date.fromordinal(3652059))
    print(datetime.date.fromordinal(730120), datetime.date(2000, 1, 1).toordinal())
    print(datetime.MINYEAR, datetime.MAXYEAR)
    print(datetime.date.min.isoformat(), datetime.datetime.max, repr(datetime.datetime.min))
    print(datetime.time.min, datetime.time.max, datetime.time.resolution, datetime.timedelta.max, datetime.timedelta.min)
    print(repr(datetime.timedelta.resolution), repr(datetime.datetime.resolution))
    d = datetime.date(2024, 2, 29)
    print(d.replace(year=2028), d + datetime.timedelta(days=365), d - datetime.timedelta(days=366))
    dt = datetime.datetime(1999, 12, 31, 23, 59, 59, 999999)
    print(dt + datetime.timedelta(microseconds=1), dt - datetime.timedelta(days=-1, seconds=86399))
    print(dt.ctime(), dt.isoformat(timespec="hours"), dt.isoformat("_", "microseconds"))
    print(datetime.datetime(2024, 1, 1) < datetime.datetime(2024, 1, 1, 0, 0, 0, 1))
    print(datetime.date(2024, 1, 1) == datetime.datetime(2024, 1, 1))
    print(datetime.time(12) > datetime.time(11, 59, 59, 999999), datetime.time(0) == datetime.time())
    seen = {datetime.date(2024, 1, 1), datetime.date(2024, 1, 1), datetime.date(2023, 1, 1)}
    print(len(seen), datetime.date(2023, 1, 1) in seen)
    by_time: dict[datetime.time, str] = {datetime.time(9): "open", datetime.time(17): "close"}
    print(by_time[datetime.time(17, 0)], sorted(by_time))
    print(min([datetime.datetime(2024, 5, 1), datetime.datetime(2023, 5, 1, 12)]))
    try:
        datetime.date.fromordinal(0)
    except ValueError as e:
        print(e)
    try:
        datetime.date.fromordinal(3652060)
    except ValueError as e:
        print(e)
    try:
        datetime.date.fromisocalendar(2024, 53, 1)
    except ValueError as e:
        print(e)
    try:
        datetime.date.fromisocalendar(2024, 1, 8)
    except ValueError as e:
        print(e)
    for args in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 0, 1), (2024, 4, 31)]:
        try:
            datetime.date(args[0], args[1], args[2])
        except ValueError as e:
            print(args, e)
    for targs in [(24, 0, 0, 0), (0, 60, 0, 0), (0, 0, 60, 0), (0, 0, 0, 1000000), (-1, 0, 0, 0)]:
        try:
            datetime.time(targs[0], targs[1], targs[2], targs[3])
        except ValueError as e:
            print(targs, e)
    try:
        datetime.datetime(2024, 1, 1, hour=25)
    except ValueError as e:
        print(e)
    try:
        print(datetime.date.min - datetime.timedelta(days=1))
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print(datetime.datetime.max + datetime.timedelta(microseconds=1))
    except OverflowError as e:
        print("OverflowError", e)
    print(datetime.datetime(2024, 1, 5).isoformat(timespec="x"))


if __name__ == "__main__":
    main()
