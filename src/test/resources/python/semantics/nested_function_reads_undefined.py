def outer() -> int:
    def inner() -> int:
        return missing + 1
    return inner()


print(outer())
