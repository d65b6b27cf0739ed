import a.b.c as d, e
from .... import f
from ... a import (b, c as d,)
from . import *
if a: pass
elif b: pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for x, in y: pass
for (a, b), [c, *d] in e: pass
for x in *a, *b: pass
with a, b as (c, d), e as f[1]: pass
with (a, b): pass
with (a, b) as c: pass
with (yield): pass
with (a as b): pass
with (a as b,): pass
with (a): pass
try:
    pass
except:
    pass
else:
    pass
finally:
    pass
try: pass
finally: pass
try: pass
except A as e: pass
except (B, C): pass
x = y = z = 1
x += 1; y @= 2; z //= 3; w **= 4; v >>= 5; u <<= 6
(a): int = 1
a.b: int
a[0]: int = 2
del a, (b, c), [d], e.f, g[0]
assert x
raise
raise e
nonlocal a, b
global c
x = yield from y
async def f():
    await x
    async with a: pass
    async for b in c: pass
    return [i async for i in aiter() if await i]
@a.b(c)
@d
class E(F, *G, h=1, **I): pass
@(lambda f: f)
def g(a, b=1, /, c=2, *, d, e=3, **f): pass
def h(*, a): pass
def i(a, /): pass
def j(*args: *Ts): pass
lambda a, /, b, *c, d=1, **e: 0
lambda *, a: a
print(*a, *b, c=1, **d, **e, f=2)
print(x for x in y)
f(a)(b)[c].d
