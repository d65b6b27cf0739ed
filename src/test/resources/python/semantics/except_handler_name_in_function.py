def f() -> str:
    try:
        int('x')
    except ValueError as err:
        pass
    return str(err)  # missed: a local read before assignment in a function is left to run time (a caller may catch it)


print(f())
