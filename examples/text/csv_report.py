"""Parse a small CSV table held in a string and summarise it."""
from dataclasses import dataclass

DATA = """name,department,salary,years
Alice,Engineering,98000,5
Bob,Marketing,67000,3
Carol,Engineering,105000,8
Dan,Sales,54000,1
Erin,Marketing,72000,6
Frank,Sales,61000,4
Grace,Engineering,88000,2"""


@dataclass
class Employee:
    name: str
    department: str
    salary: int
    years: int


def parse(text: str) -> list[Employee]:
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    if header != ["name", "department", "salary", "years"]:
        raise ValueError(f"unexpected header {header}")
    people: list[Employee] = []
    for line in lines[1:]:
        fields = [field.strip() for field in line.split(",")]
        people.append(Employee(fields[0], fields[1], int(fields[2]), int(fields[3])))
    return people


def by_department(people: list[Employee]) -> dict[str, list[Employee]]:
    groups: dict[str, list[Employee]] = {}
    for person in people:
        groups.setdefault(person.department, []).append(person)
    return groups


if __name__ == "__main__":
    people = parse(DATA)
    print(people[0])
    groups = by_department(people)
    print(f"{'department':<12}|{'staff':>6}|{'average':>12}|{'max years':>10}")
    print("-" * 43)
    for department, members in sorted(groups.items()):
        total = sum(p.salary for p in members)
        average = total / len(members)
        senior = max(p.years for p in members)
        print(f"{department:<12}|{len(members):>6}|{average:>12,.2f}|{senior:>10}")
    payroll = sum(p.salary for p in people)
    print(f"payroll: {payroll:,}")
    top = sorted(people, key=lambda p: p.salary, reverse=True)[:3]
    print("top earners:", [p.name for p in top])
