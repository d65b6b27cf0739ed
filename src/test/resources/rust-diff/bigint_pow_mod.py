"""pow with a modulus, big moduli and negative exponents (modular inverses), and ** on ints."""


def modexp(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result


def is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def main() -> None:
    m = 2 ** 127 - 1
    print(pow(3, m - 1, m), modexp(3, m - 1, m))
    print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(7, 2 ** 80, 2 ** 89 - 1))
    print(pow(-5, 3, 2 ** 70), pow(5, 3, -(2 ** 70)), pow(-(2 ** 65), 3, 97))
    print(pow(3, -1, 2 ** 61 - 1), pow(10, -2, 2 ** 89 - 1))
    try:
        print(pow(2, -1, 2 ** 64))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(pow(2, 5, 0))
    except ValueError as e:
        print("ValueError:", e)
    print([p for p in [2 ** 61 - 1, 2 ** 64 + 1, 2 ** 89 - 1, 2 ** 107 - 1, 10 ** 20 + 39] if is_probable_prime(p)])
    print(2 ** 64, 2 ** 63, -(2 ** 63), (-2) ** 63, (-2) ** 64, 3 ** 100, 0 ** 0, (-1) ** 1001)
    print(2 ** -2, 10 ** -1)
    n: int = 5
    k: int = 40
    r: int = n ** k
    print(r, pow(n, k % 64), pow(n, k, 10 ** 25), [2 ** i for i in range(60, 130, 10)])


if __name__ == "__main__":
    main()
