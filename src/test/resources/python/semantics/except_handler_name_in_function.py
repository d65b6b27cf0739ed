def f() -> str:
    try:
        int('x')
    except ValueError as err:
        pass
    return str(err)


print(f())
