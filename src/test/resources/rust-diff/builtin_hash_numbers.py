def main() -> None:
    print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
    print(hash(9223372036854775807), hash(-9223372036854775808))
    print(hash(True), hash(False))
    print(hash(1.0), hash(1.5), hash(-1.0), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")))
    print(hash((1, 2)), hash((1.5, -1)), hash(((1, 2), 3)), hash((0,)))
    print(hash(10**30), hash(-(10**30)))
    n = 12345678901
    print(hash(n) == n, hash(n * 1000000000) == n * 1000000000)


if __name__ == "__main__":
    main()
