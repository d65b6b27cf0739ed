from typing import Iterator


def describe_every_item_with_a_long_name(first_parameter: int, second_parameter: str, third: list[int]) -> Iterator[tuple[int, str, str]]:
    for value in third:
        yield value * first_parameter + len(second_parameter), second_parameter.upper() + "-" + str(value), f"{second_parameter} and some more text here {value}"
        yield from describe_every_item_with_a_long_name(first_parameter - 1, second_parameter + "x", [v for v in third if v < value]) if first_parameter > 0 else iter_none()


def iter_none() -> Iterator[tuple[int, str, str]]:
    return
    yield (0, "", "")


for a, b, c in describe_every_item_with_a_long_name(2, "abc", [3, 1, 2]):
    print(a, b, c)
total_of_everything = sum(first for first, _, _ in describe_every_item_with_a_long_name(1, "zz", [5, 4]))
print(total_of_everything)
