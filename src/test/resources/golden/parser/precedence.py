a = not a or b and not c == d | e ^ f & g << h + i * -j ** k // l % m @ n
b = a if b else c if d else e
c = lambda: (yield)
d = x < y > z != w is not v in u not in t
e = ~x ** 2, -x ** -y, (-x) ** y, await x ** 2 if 0 else 0
f = a[1:2, ::, :, 1:, :2:3, x:=1] if 0 else a[b:=1]
g = *a, *b
