def f(xs):
    return [y for y in (z := xs)]
