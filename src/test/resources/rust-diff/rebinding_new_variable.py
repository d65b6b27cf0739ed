# A name bound again with a value of another type is a new variable from there, as pyright
# treats it: a loop variable of one type in one loop and another in the next, `_` anything in
# each loop, and a plain rebinding; a rebinding of the same type keeps one variable.


def main() -> None:
    for row in ["ab", "cd"]:
        print(row.upper())
    for row in [[1, 2], [3]]:
        print(len(row), sum(row))
    for _ in range(2):
        print("int loop")
    for _ in ["x", "y"]:
        print("str loop")
    for _ in [1.5]:
        print("float loop")
    value = "12"
    print(value + "!")
    value = int(value) * 2
    print(value + 1)
    value = [value, value]
    print(value)
    count = 1
    count = count + 1
    print(count)


if __name__ == "__main__":
    main()
    total = 0
    print(total + 1)
    total = "zero"
    print(total)
