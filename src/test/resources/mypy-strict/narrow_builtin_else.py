def flatten(x: int | list[int]) -> list[int]:
    if isinstance(x, list):
        return x
    else:
        return [x]


print(flatten(3) + flatten([4, 5]))
