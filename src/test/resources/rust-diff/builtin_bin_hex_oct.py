def show(n: int) -> None:
    print(bin(n), oct(n), hex(n), len(bin(n)[2:]))


def bits_set(n: int) -> int:
    return bin(n).count("1")


def main() -> None:
    for n in [0, 1, 2, 5, -5, 255, -255, 8, 1 << 40, -(1 << 62), 9223372036854775807]:
        show(n)
    print(bin(True), bin(False), hex(True))
    print(bits_set(1023), bits_set(0), bits_set(-7))
    print(str(bin(6))[2:].zfill(8))
    print(hex(-1), oct(-8), bin(-1))
    x: int = 3
    x += 4
    print(bin(x) + hex(x * 16))


if __name__ == "__main__":
    main()
