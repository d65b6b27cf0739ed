prices: dict[str, float] = {"tea": 2.5, "coffee": 3.0}


def price(name: str) -> str:
    p = prices.get(name)
    if p is None:
        return name + ": unknown"
    return name + ": " + str(p * 2)


print(price("tea"))
print(price("juice"))
