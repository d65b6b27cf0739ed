def outer() -> int:
    def set_it() -> None:
        nonlocal v
        v = 5
    set_it()
    result = v
    v = 0
    return result + v


print(outer())
