def area(r: float) -> float:
    return PI * r * r


print(area(1.0))
