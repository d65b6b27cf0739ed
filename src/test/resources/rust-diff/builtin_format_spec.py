def pad(value: int, width: int) -> str:
    return format(value, "0" + str(width) + "b")


def main() -> None:
    print(format(255, "x"), format(255, "#X"), format(-2, "08b"), format(5, "b"))
    print(format(3.14159, ".2f"), format(1234567.891, ",.1f"), format(0.5, "%"))
    print(format("ab", ">5") + "|", format("ab", "*^6"), format("x"))
    print(format(42), format(2.5), format(True), format(True, "d"), format(False, ">6"))
    print(pad(5, 8), pad(-3, 6))
    print(format(10**30 if False else 7, ",d"))
    try:
        print(format(3, "q"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(format(2.5, "d"))
    except ValueError as e:
        print("ValueError:", e)
    print(format(1.5, "") + "|" + format(10, ""))
    print(format(7, "z"))


if __name__ == "__main__":
    main()
