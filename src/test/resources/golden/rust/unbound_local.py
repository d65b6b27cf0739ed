def last_even(values: list[int]) -> int:
    for v in values:
        if v % 2 == 0:
            found = v
    return found


def both(flag: bool) -> int:
    if flag:
        n = 1
    else:
        n = 2
    return n


if __name__ == "__main__":
    print(last_even([1, 2, 4]), both(False))
    try:
        last_even([1, 3])
    except UnboundLocalError as e:
        print(e)
