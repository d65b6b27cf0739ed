"""Prime numbers: a sieve, trial division and factorisation."""

LIMIT = 60


def sieve(limit: int) -> list[int]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> list[int]:
    factors: list[int] = []
    d = 2
    while n > 1:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    return factors


if __name__ == "__main__":
    primes = sieve(LIMIT)
    print(f"{len(primes)} primes below {LIMIT}: {primes}")
    print("agree:", all(is_prime(p) for p in primes))
    for n in [12, 97, 360, 1001, 65536]:
        factors = factorize(n)
        shown = " * ".join(str(f) for f in factors)
        print(f"{n:>6} = {shown}")
    twins = [(p, p + 2) for p in primes if is_prime(p + 2)]
    print("twin primes:", twins)
    print("sum of primes:", sum(primes), "largest:", max(primes))
