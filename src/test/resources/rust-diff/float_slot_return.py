def f(n: int) -> float:
    return n


print(f(0))
