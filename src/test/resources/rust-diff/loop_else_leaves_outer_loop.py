"""A break or continue in the else of a nested for or while belongs to the outer loop
(found by the seeded fuzzer: the translation did not compile)."""


def main() -> None:
    for i in [1, 2, 3]:
        for j in [10, 20]:
            print(i, j)
        else:
            print("inner done", i)
            break
    print("after for")
    n = 0
    while n < 4:
        n += 1
        k = 0
        while k < n:
            k += 1
            if k == 3:
                break
        else:
            print("no break at", n)
            continue
        print("broke at", n)
    for a in range(3):
        for b in range(3):
            if a == b == 1:
                break
        else:
            if a == 2:
                break
            continue
        print("pair", a)
    else:
        print("outer else never runs")
    print("end")


if __name__ == "__main__":
    main()
