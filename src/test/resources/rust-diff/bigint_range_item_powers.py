"""Powers of range items where the module's ints are arbitrary precision: CPython's ints never overflow."""


def digit_sum_max(a: int, b: int) -> int:
    return max(sum(int(x) for x in str(base**power)) for base in range(a) for power in range(b))


def powers() -> None:
    for i in range(2, 5):
        print(i**70, 3**i, i**2)
    total = 0
    for n in range(1, 40):
        total += n**20
    print(total)
    print([k**k for k in range(18, 22)])


print(digit_sum_max(100, 100))
powers()
print(2**100)
