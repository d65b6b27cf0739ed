def f() -> int:
    base = 10

    class C:
        value = base + 1
    return C.value


print(f())
