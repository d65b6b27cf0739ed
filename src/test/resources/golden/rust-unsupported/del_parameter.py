def forget(value: int) -> int:
    del value
    return value
