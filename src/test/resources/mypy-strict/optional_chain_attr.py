from __future__ import annotations

from typing import Optional


class Dept:
    def __init__(self, name: str) -> None:
        self.name = name


class Emp:
    def __init__(self, name: str, dept: Optional[Dept] = None) -> None:
        self.name = name
        self.dept = dept


def dept_name(e: Emp) -> str:
    if e.dept is not None:
        return e.dept.name
    return "-"


print(dept_name(Emp("a", Dept("ops"))), dept_name(Emp("b")))
