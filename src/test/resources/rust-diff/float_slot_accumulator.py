def total(xs: list[float]) -> float:
    t: float = 0
    for x in xs:
        t += x
    return t


print(total([]))
