def first(v: tuple[int, int]) -> int:
    match v:
        case (x, 0) | (0, x):
            return x
    return -1


print(first((3, 0)))
