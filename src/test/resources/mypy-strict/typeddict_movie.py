from typing import TypedDict


class Movie(TypedDict):
    name: str
    year: int


def label(m: Movie) -> str:
    return f"{m['name']} ({m['year']})"


blade: Movie = {"name": "Blade Runner", "year": 1982}
print(label(blade))
