def f() -> None:
    while a:  # missed: a local read before assignment in a function is left to run time (a caller may catch it)
        a = False


f()
