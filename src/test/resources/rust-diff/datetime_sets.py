from datetime import date, datetime, time, timedelta


def main() -> None:
    days = {date(2024, 1, d) for d in range(1, 20)}
    print(days)
    stamps = {datetime(2024, 1, 1, h, m) for h in range(3) for m in (0, 30)}
    print(stamps)
    print({time(h, 15, 30, 5) for h in range(8)})
    print({timedelta(hours=h, seconds=-h) for h in range(8)})
    print(list({date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29)}))


if __name__ == "__main__":
    main()
