from collections.abc import MutableSequence


def push_twice(xs: MutableSequence[int], v: int) -> None:
    xs.append(v)
    xs.append(v)


data = [1]
push_twice(data, 9)
print(data)
