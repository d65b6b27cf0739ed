def main() -> None:
    a = [0, 1, 2, 3, 4, 5]
    a[1:3] = [10, 20, 30, 40]
    print(a)
    a[2:6] = []
    print(a)
    a[:] = [7, 8]
    print(a, len(a))
    a[5:9] = [1]
    print(a)
    a[-1:] = [2, 3]
    print(a)
    a[3:1] = [99]
    print(a)
    a[-100:1] = [5, 5]
    print(a)
    b = list(range(10))
    b[::2] = [0, 0, 0, 0, 0]
    print(b)
    b[::-3] = [7, 7, 7, 7]
    print(b)
    sixes = (6, 6, 6)
    b[1:8:3] = sixes
    print(b)
    b[::1] = b[::-1]
    print(b)
    c = [1, 2, 3]
    c[:] = c[::-1]
    print(c)
    c[1:] = c
    print(c)
    d = [[1], [2]]
    d[:] = [x + [0] for x in d]
    print(d)
    e: list[str] = ["a", "b", "c", "d"]
    del e[1:3]
    print(e)
    f = list(range(12))
    del f[::3]
    print(f)
    del f[::-2]
    print(f)
    del f[5:2]
    del f[100:]
    print(f)
    del f[:]
    print(f)
    g = [1, 2, 3]
    g[0:0] = [8, 9]
    print(g)
    try:
        g[::0] = []
    except ValueError as err:
        print("ValueError:", err)
    try:
        del g[::0]
    except ValueError as err:
        print("ValueError:", err)
    h = [False] * 10
    h[2::3] = [True] * len(range(2, 10, 3))
    print(h)
    h[0:6:2] = [True, True]
    print(h)


if __name__ == "__main__":
    main()
