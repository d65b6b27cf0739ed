counter = 0


def f() -> int:
    print("f")
    return 1


def g(x: int) -> int:
    print("g", x)
    return x


def bump(x: int) -> int:
    global counter
    counter += x
    return counter


def t(x: int) -> bool:
    print("t", x)
    return x > 1


class Log:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.n = 0

    def add(self, s: str) -> int:
        self.lines.append(s)
        self.n += 1
        return self.n


xs = [1, 2]
print(f(), [g(x) for x in xs])
print(f() + sum([g(x) for x in xs]))
print(f() > 0 and any(t(x) for x in xs))
print(f() > 5 and any(t(x) for x in xs))
print(f() > 0 or all(t(x) for x in xs))
print(f() > 5 and len([g(x) for x in xs]) > 1)
print(f() > 0 or len([g(x) for x in xs]) > 1)
print(sorted(xs, key=lambda v: g(-v)), f())
print(f(), sorted(xs, key=lambda v: g(-v)))
print(f"{f()} {[g(x) for x in xs]}")
print(f(), any(t(x) for x in xs), f())
y = [g(x) for x in xs] if f() > 5 else [0]
print(y)
z = [0] if f() > 5 else [g(x) for x in xs]
print(z)
print(counter, [bump(x) for x in xs], counter)
log = Log()
print(log.n, [log.add(str(x)) for x in xs], log.n, log.lines)
print(log.add("a"), {x: log.add(str(x)) for x in xs}, log.add("b"))
print(max(f(), g(3)), min([g(x) for x in xs]))
print(xs[f()], [g(x) for x in xs])
name = "ab"
print(name.upper(), [g(x) for x in xs], name)
try:
    print(10 // (f() - 1), [g(x) for x in xs])
except ZeroDivisionError as e:
    print("caught", e)
pairs = list(zip([g(x) for x in xs], [g(x * 10) for x in xs]))
print(pairs)
s = str(f()) + ",".join([str(g(x)) for x in xs])
print(s)
print((f(), [g(x) for x in xs]))


def first_big(ys: list[int]) -> int:
    if f() > 0 and len([g(y) for y in ys if y > 1]) > 0:
        return f() + sum([g(y) for y in ys])
    return 0


def count_up(n: int) -> list[int]:
    out: list[int] = []
    while len(out) < f() + len([g(k) for k in range(n)]):
        out.append(len(out))
    for v in [f(), max([g(k) for k in range(n)])]:
        out.append(v)
    return out


print(first_big([1, 2]))
print(count_up(1))
label = "x"
print(label + str(log.n), ", ".join([label + log.lines[i] for i in range(2)]))
opt: dict[str, int] = {"a": 1}
print(opt.get("a"), [opt.get(k, g(0)) for k in ["a", "b"]])
