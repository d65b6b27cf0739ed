"""Thousands of pseudo-random set operations (an LCG), printing the sets after each."""


class Lcg:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, n: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def value(r: Lcg) -> int:
    kind = r.next(5)
    if kind == 0:
        return r.next(40)
    if kind == 1:
        return r.next(30) * 8
    if kind == 2:
        return r.next(20) * 1024 - 5000
    if kind == 3:
        return -r.next(50)
    return r.next(1000) * 1073741824


def run(seed: int, steps: int) -> None:
    r = Lcg(seed)
    a: set[int] = set()
    b: set[int] = {1, 9, 17}
    c: set[int] = set()
    for step in range(steps):
        op = r.next(17)
        if op <= 3:
            a.add(value(r))
        elif op <= 5:
            a.discard(value(r))
        elif op == 6:
            if len(a) > 0:
                print("pop", a.pop(), end=" ")
        elif op == 7:
            b.add(value(r))
        elif op == 8:
            a |= b
        elif op == 9:
            a &= b
        elif op == 10:
            a -= b
        elif op == 11:
            a ^= b
        elif op == 12:
            c = a | b
            b = a
            a = c
        elif op == 13:
            k = r.next(3)
            if k == 0:
                c = a & b
            elif k == 1:
                c = a - b
            else:
                c = a ^ b
            b = a.copy()
            a = c
        elif op == 14:
            if r.next(10) == 0:
                a.clear()
            else:
                n = r.next(12)
                b = set([value(r) for _ in range(n)])
        elif op == 15:
            b = {value(r) for _ in range(r.next(30))}
        else:
            b = {1, 9, 17, 33, -1, -2, 1073741824, 8, 16}
        print(step, op, a, b)


if __name__ == "__main__":
    run(42, 2500)
    run(7, 2500)
