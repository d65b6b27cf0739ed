def outer() -> int:
    def inner() -> int:
        return v
    v = 3
    return inner()


print(outer())
