def pick(flag: bool) -> None:
    total = 0
    if flag:
        total = "zero"
    print(total)


if __name__ == "__main__":
    pick(False)
