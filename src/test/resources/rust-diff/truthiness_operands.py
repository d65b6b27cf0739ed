from typing import Optional


def pick(s: str, n: int) -> str:
    if s and n > 0:
        return "both"
    if not s or n == 0:
        return "none"
    return "some"


def describe(xs: list[int], d: dict[str, int], seen: set[int], name: Optional[str]) -> str:
    parts: list[str] = []
    if xs and d:
        parts.append("xs+d")
    if seen or name is not None:
        parts.append("seen|name")
    if not (xs or seen):
        parts.append("empty")
    while xs and xs[-1] > 2:
        xs.pop()
    return ",".join(parts) + " " + str(xs)


def label(a: str, b: str, c: str) -> str:
    return a or b or c


names = ["", "x", "yz"]
for s in names:
    for n in [0, 1]:
        print(pick(s, n))
print(describe([1, 5, 3], {"a": 1}, set(), None))
print(describe([], {}, {1}, "n"))
print(describe([], {}, set(), None))
print(label("", "", "c"), label("", "b", "c"), label("a", "b", "c"), label("", "", ""))
x = "" or "default"
y = "v" and "w"
z = [1] and [] or [2]
print(x, y, z)
print([w for w in names if w and len(w) > 1])
print("yes" if names[0] or names[1] else "no")
k = 0
print(k or 7, 3 and k)
assert names and names[1], "names"
