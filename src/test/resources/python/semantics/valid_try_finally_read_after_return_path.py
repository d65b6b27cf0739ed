def f(flag: bool) -> int:
    try:
        if flag:
            return 1
        value = 2
    finally:
        pass
    return value


print(f(True), f(False))
