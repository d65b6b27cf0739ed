class AppError(Exception):
    pass


def fail(n: int) -> None:
    if n == 0:
        raise ValueError("zero", 0)
    if n == 1:
        raise AppError("one")
    if n == 2:
        raise IndexError(n * 10)
    raise RuntimeError()


for n in [0, 1, 2, 3]:
    try:
        fail(n)
    except ValueError as e:
        print("value", e.args[0], e.args[1], len(e.args), e.args, f"{e.args[-2]}!")
    except AppError as e:
        print("app", e.args[0], e.args[-1], repr(e.args[0]))
    except (IndexError, RuntimeError) as e:
        try:
            print("other", len(e.args), e.args[0])
        except IndexError as inner:
            print("inner", inner, inner.args[0])
