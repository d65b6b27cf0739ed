def f() -> list:
    xs: List[int] = []
    xs.append(1)
    return xs


print(f())
