from typing import Self


class Query:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def where(self, cond: str) -> Self:
        self.parts.append(cond)
        return self

    def render(self) -> str:
        return " AND ".join(self.parts)


print(Query().where("a > 1").where("b < 2").render())
