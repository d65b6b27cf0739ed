def main() -> None:
    s = {1, 2, 3, 4, 5, 6, 7, 8}
    s.difference_update({2, 4})
    print(sorted(s))
    s.difference_update([6, 8, 100])
    print(sorted(s), len(s))
    s.difference_update(range(0, 4))
    print(sorted(s))
    s.intersection_update({5, 7, 9})
    print(sorted(s))
    s.symmetric_difference_update({7, 11})
    print(sorted(s))
    s.difference_update(s)
    print(s, len(s))
    primes = set(range(2, 50))
    for p in range(2, 8):
        if p in primes:
            primes.difference_update(set(range(p * p, 50, p)))
    print(sorted(primes))
    t = {"a", "b", "c"}
    t.symmetric_difference_update(t)
    print(len(t))
    u = {10, 20}
    u.intersection_update(u)
    print(sorted(u))


if __name__ == "__main__":
    main()
