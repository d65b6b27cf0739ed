def head(xs: list[int]) -> int | None:
    return xs[0] if xs else None


def show(v: int | None) -> str:
    return "none" if v is None else str(v)


print(show(head([4, 5])), show(head([])))
