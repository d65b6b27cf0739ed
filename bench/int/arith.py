# The arithmetic-heavy program of bench/int.sh: ints that always fit in 64 bits (Collatz steps,
# an LCG folded with % and ^). The script times its translation (64-bit ints, checked) against
# arith_int.rs, the same functions written as the lowering to int::Int will write them.

def collatz_steps(limit: int) -> int:
    total = 0
    for n in range(1, limit):
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
    return total


def lcg_sum(n: int) -> int:
    state = 12345
    acc = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        acc = (acc + state ^ i) % 1000000007
    return acc


if __name__ == "__main__":
    print(collatz_steps(300000))
    print(lcg_sum(3000000))
