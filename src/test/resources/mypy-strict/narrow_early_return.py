def size(arg: int | str) -> int:
    if isinstance(arg, int):
        return arg
    # here arg can only be a str
    return len(arg)


print(size(7), size("seven"))
