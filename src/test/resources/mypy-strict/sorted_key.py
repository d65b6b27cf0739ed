from dataclasses import dataclass


@dataclass
class Emp:
    name: str
    salary: int


staff = [Emp("x", 300), Emp("y", 100), Emp("z", 200)]
for e in sorted(staff, key=lambda e: e.salary, reverse=True):
    print(e.name, e.salary)
print(max(staff, key=lambda e: e.salary).name)
