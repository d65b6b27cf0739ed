def f(*, k, k=1):
    pass
