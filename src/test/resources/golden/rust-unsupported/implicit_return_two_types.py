def label(flag: bool):
    if flag:
        return 1
    return "one"


if __name__ == "__main__":
    print(label(True), label(False))
