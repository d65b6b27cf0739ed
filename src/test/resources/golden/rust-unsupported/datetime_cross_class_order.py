from datetime import date, datetime, timedelta


def order(d: date, dt: datetime) -> bool:
    return d < dt


def fields(d: date) -> bool:
    return d.isocalendar() == (2024, 1, 5)


def add(d: date, dt: datetime) -> None:
    print(dt + d)


def negate(d: date) -> None:
    print(-d)


def square(t: timedelta) -> None:
    print(t * t)


def twice(s: str) -> datetime:
    return datetime.strptime(s, "%d %c")
