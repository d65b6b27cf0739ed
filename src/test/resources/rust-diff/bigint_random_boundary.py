"""Random operands across the 64-bit boundary, from a seeded generator written here (xorshift on
ints masked to 64 bits), through every int operator; a digest of all results, and a sample, printed."""

MASK = (1 << 64) - 1


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed & MASK

    def next64(self) -> int:
        s = self.state
        s ^= (s << 13) & MASK
        s ^= s >> 7
        s ^= (s << 17) & MASK
        self.state = s
        return s

    def operand(self) -> int:
        kind = self.next64() % 6
        v = self.next64()
        if kind == 0:
            return v >> (v % 60)
        if kind == 1:
            return -(v >> 1) - (v % 3)
        if kind == 2:
            return v * self.next64() + (v % 5)
        if kind == 3:
            return -(v << (v % 70))
        if kind == 4:
            return (1 << 63) - (v % 4) if v % 2 == 0 else -(1 << 63) + (v % 4) - 2
        return v


def main() -> None:
    rng = Rng(20261207)
    digest = 0
    shown = 0
    for i in range(4000):
        a = rng.operand()
        b = rng.operand()
        results = [a + b, a - b, a * b, -a, abs(b), a & b, a | b, a ^ b, ~a, a >> (b % 80), a << (b % 80)]
        if b != 0:
            results.append(a // b)
            results.append(a % b)
            q, r = divmod(a, b)
            results.append(q * b + r - a)
        results.append(int(a < b) + 2 * int(a == b) + 4 * int(a >= b))
        results.append(pow(a, b % 7))
        if b != 0:
            results.append(pow(a, abs(b) % 1000 + 1, abs(b) + 1))
        for v in results:
            digest = (digest * 1000003 + v) % (2 ** 127 - 1)
        if i % 400 == 0:
            shown += 1
            print(i, a, b, results[:4], results[-2:])
    print("digest", digest, shown)
    total = sum(rng.operand() for _ in range(1000))
    print("sum", total, max(rng.operand() for _ in range(100)), min(rng.operand() for _ in range(100)))


if __name__ == "__main__":
    main()
