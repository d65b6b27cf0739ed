def total(*nums: int) -> int:
    return sum(nums)


def label(name: str, *, upper: bool = False, **extra: int) -> str:
    text = name.upper() if upper else name
    return text + str(len(extra))


if __name__ == "__main__":
    values = [1, 2]
    print(total(), total(5, *values))
    print(label("x", upper=True, a=1, b=2))
