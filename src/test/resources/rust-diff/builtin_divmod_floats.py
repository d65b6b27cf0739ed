def main() -> None:
    print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(7.5, -2.0), divmod(-7.5, -2.0))
    print(divmod(7, 2.5), divmod(7.0, 2), divmod(-1, 3.0), divmod(0.0, -3.0))
    q, r = divmod(100.0, 16)
    print(q, r, int(q))
    print(divmod(1e308, 1e-308)[1])
    try:
        print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    x: float = 5.0
    print(divmod(x, 0))


if __name__ == "__main__":
    main()
