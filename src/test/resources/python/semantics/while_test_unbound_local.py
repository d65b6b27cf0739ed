def f() -> None:
    while a:
        a = False


f()
