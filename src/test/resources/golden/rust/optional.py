from typing import Optional


def first_even(values: list[int]) -> Optional[int]:
    for v in values:
        if v % 2 == 0:
            return v
    return None


if __name__ == "__main__":
    found = first_even([1, 3, 4])
    if found is not None:
        print("found", found + 1)
    print(first_even([1]), first_even([2]))
