def f(x: float) -> float:
    return x


print(f(0))
