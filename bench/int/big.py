# The big-int benchmark of bench/int.sh: factorial(5000) and the 10,000th Fibonacci number (and
# a modular exponentiation with a 2048-bit modulus), printed as their bit lengths, a residue and
# the leading digits of str(fib) (2,090 digits, under CPython's 4,300-digit limit). big_int.rs
# computes the same with the int runtime; the script compares the outputs and the times.


def factorial(n: int) -> int:
    r = 1
    for k in range(2, n + 1):
        r = r * k
    return r


def fib(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    f = factorial(5000)
    print(f.bit_length(), f % 1000000007)
    g = fib(10000)
    print(g.bit_length(), str(g)[:40], len(str(g)))
    m = 2 ** 2048 - 159
    print(pow(3, m - 1, m) % 1000000007)
