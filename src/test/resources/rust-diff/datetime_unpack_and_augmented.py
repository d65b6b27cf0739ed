from datetime import date, datetime, timedelta


def main() -> None:
    y, w, d = date(2024, 12, 30).isocalendar()
    print(y, w, d)
    for part in date(2021, 1, 1).isocalendar():
        print(part)
    print(len(date(2021, 1, 1).isocalendar()), 53 in date(2021, 1, 1).isocalendar())
    n = 1180591620717411303
    print(n, date(2024, 1, 1) + timedelta(days=n // 10 ** 17), date.fromordinal(738000 + n % 7))
    stamps: list[datetime] = []
    stamps.append(datetime(2024, 1, 1))
    print(stamps, str(stamps[0]), repr(timedelta(days=1)) == "datetime.timedelta(days=1)")
    dt = datetime(2024, 1, 1)
    dt += timedelta(hours=5)
    dt -= timedelta(minutes=30)
    print(dt, dt.hour * 60 + dt.minute)
    t = timedelta(seconds=10)
    t *= 3
    t //= 2
    print(t)


if __name__ == "__main__":
    main()
