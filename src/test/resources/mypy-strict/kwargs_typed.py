def total(*args: int, **kwargs: int) -> int:
    return sum(args) + sum(kwargs.values())


def tag(name: str, *, bold: bool = False) -> str:
    return f"<b>{name}</b>" if bold else name


print(total(1, 2, x=3, y=4))
print(tag("a"), tag("b", bold=True))
