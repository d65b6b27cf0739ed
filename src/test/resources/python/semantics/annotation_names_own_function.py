def f(x: f) -> None:
    pass


print(f)
