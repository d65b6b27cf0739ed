a = [x for x in y for z in w if z if not z]
b = {x for x in y}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = [*a, *b]
f = {**a, "b": 1, **c}
g = {1, 2, *a}
h = [(yield x) for x in y] if 0 else 0
i = [y := f(x), y**2]
j = [[x async for x in y] for z in w]
