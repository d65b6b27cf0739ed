def parse(line: str) -> dict[str, str]:
    return {k: v for k, v in [p.split("=") for p in line.split(";")]}


def heads(rows: list[list[int]]) -> list[int]:
    out: list[int] = []
    for first, *rest in rows:
        out.append(first + len(rest))
    return out


def swap_words(text: str) -> str:
    return " ".join(b + a for a, b in [w.split("-") for w in text.split()])


def pairs(rows: list[list[int]]) -> int:
    total = 0
    for a, b in rows:
        total += a * b
    return total


print(parse("name=ann;age=31"))
print(heads([[1, 2, 3], [4], [5, 6]]))
print(swap_words("a-b c-d"))
print([x + y for x, y in ["ab", "cd"]])
print("Hello World ß İ Σσς".swapcase(), "ΌΣΟΣ".swapcase(), "123 aBc".swapcase())
a, *mid, z = "python"
print(a, mid, z)
try:
    print(pairs([[1, 2], [3]]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(parse("a=1;b=2=3"))
except ValueError as e:
    print("ValueError:", e)
try:
    for first, *rest in [[1], []]:
        print(first, rest)
except ValueError as e:
    print("ValueError:", e)
print(pairs([[1, 2], [3, 4, 5]]))
