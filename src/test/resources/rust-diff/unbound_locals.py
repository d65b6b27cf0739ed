"""Locals read before every path assigns them: UnboundLocalError, as CPython 3.11 raises it."""


def pick(flag: bool) -> int:
    if flag:
        result = 1
    return result


def first_negative(values: list[int]) -> int:
    for v in values:
        if v < 0:
            found = v
            break
    return found


def carried(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        if i > 0:
            out.append(prev)
        prev = i * 10
    return out


def total_after_try(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        print("not a number:", text)
    return value + 1


def deleted() -> str:
    name = "x"
    print(name)
    del name
    return name


def counted(items: list[str]) -> int:
    count: int
    for item in items:
        count += 1
    return count


def fine(flag: bool) -> int:
    if flag:
        x = 1
    else:
        x = 2
    while True:
        y = x * 2
        break
    return x + y


if __name__ == "__main__":
    print(pick(True))
    try:
        print(pick(False))
    except UnboundLocalError as e:
        print("caught:", e)
    print(first_negative([3, -2, -5]))
    try:
        first_negative([1, 2])
    except NameError as e:
        print("caught as NameError:", e, repr(e))
    print(carried(4))
    print(total_after_try("41"))
    try:
        total_after_try("x")
    except UnboundLocalError as e:
        print(e)
    try:
        deleted()
    except UnboundLocalError as e:
        print(e)
    try:
        counted(["a"])
    except UnboundLocalError as e:
        print(e)
    print(counted([]) if False else fine(True), fine(False))
    if len("ab") > 5:
        later = "set"
    try:
        print(later)
    except NameError as e:
        print("module:", e)
    pick(False)
