import datetime as dt
from dataclasses import dataclass
from typing import Optional


@dataclass
class Task:
    name: str
    due: dt.date
    spent: dt.timedelta


def overdue(tasks: list[Task], today: dt.date) -> list[str]:
    return [t.name for t in tasks if t.due < today]


def next_weekday(d: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - d.weekday()) % 7
    return d + dt.timedelta(days=ahead or 7)


def parse(s: str) -> Optional[dt.datetime]:
    try:
        return dt.datetime.strptime(s, "%d.%m.%Y %H:%M")
    except ValueError:
        return None


def main() -> None:
    today = dt.date(2024, 3, 15)
    tasks = [Task("report", dt.date(2024, 3, 10), dt.timedelta(hours=3)),
             Task("review", dt.date(2024, 3, 20), dt.timedelta(minutes=45)),
             Task("deploy", dt.date(2024, 3, 15), dt.timedelta(hours=1, minutes=30))]
    print(overdue(tasks, today))
    print(tasks[0])
    total = dt.timedelta()
    for t in tasks:
        total += t.spent
    print(total, total.total_seconds() / 3600)
    print(next_weekday(today, 0), next_weekday(today, 4))
    by_day: dict[dt.date, list[str]] = {}
    for t in tasks:
        by_day.setdefault(t.due, []).append(t.name)
    for day in sorted(by_day):
        print(day.strftime("%a %d %b"), by_day[day])
    for s in ["15.03.2024 09:30", "32.03.2024 09:30", "1.1.2024 7:05"]:
        p = parse(s)
        if p is None:
            print("bad", s)
        else:
            print(p, p.isoformat(), p.weekday())
    start = dt.datetime(2024, 3, 15, 9, 0)
    slots = [start + i * dt.timedelta(minutes=40) for i in range(5)]
    print([s.strftime("%H:%M") for s in slots])
    print(slots[-1] - slots[0], (slots[-1] - slots[0]) // dt.timedelta(minutes=40))
    week = [today + dt.timedelta(days=i) for i in range(-3, 4)]
    print(week)
    print({d.isocalendar().week for d in week})
    d2: Optional[dt.date] = None
    print(d2 is None, d2 == today)
    d2 = today
    print(d2 == today)
    print(dt.datetime.now().year >= 2024, dt.date.today() >= dt.date(2024, 1, 1))
    ages = [dt.date(2024, 3, 15) - dt.date(1990, 7, 1), dt.date(2024, 3, 15) - dt.date(2024, 3, 16)]
    print(ages, [a.days // 365 for a in ages])


if __name__ == "__main__":
    main()
