"""Student grade book with letter grades and rankings."""
from dataclasses import dataclass, field


@dataclass
class Student:
    name: str
    scores: list[int] = field(default_factory=list)

    def average(self) -> float:
        if not self.scores:
            return 0.0
        return sum(self.scores) / len(self.scores)


def letter(average: float) -> str:
    if average >= 90:
        return "A"
    elif average >= 80:
        return "B"
    elif average >= 70:
        return "C"
    elif average >= 60:
        return "D"
    return "F"


if __name__ == "__main__":
    roster = {
        "Ada": [95, 88, 92],
        "Ben": [72, 65, 80],
        "Cy": [55, 61, 48],
        "Dee": [88, 91, 79],
        "Eve": [],
    }
    students = [Student(name, scores) for name, scores in roster.items()]
    students[1].scores.append(90)
    for s in students:
        avg = s.average()
        print(f"{s.name:<4} {avg:6.2f} {letter(avg)} {s.scores}")
    ranking = sorted(students, key=lambda s: s.average(), reverse=True)
    for place, s in enumerate(ranking, start=1):
        print(f"{place}. {s.name}")
    distribution: dict[str, int] = {}
    for s in students:
        grade = letter(s.average())
        distribution[grade] = distribution.get(grade, 0) + 1
    print(distribution)
    passed = [s.name for s in students if letter(s.average()) != "F"]
    print("passed:", ", ".join(passed), f"({len(passed) / len(students):.0%})")
    print(Student("Zed") == Student("Zed", []), students[0])
