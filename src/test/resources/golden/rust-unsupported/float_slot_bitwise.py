def low_bit(x: float) -> float:
    return x & 1


print(low_bit(3))
