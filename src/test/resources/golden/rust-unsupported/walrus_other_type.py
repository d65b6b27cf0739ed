def show() -> None:
    x = "a"
    print(x)
    # CPython rebinds x to an int here; a walrus cannot start a new Rust variable.
    if (x := 5) > 1:
        print(x + 1)


if __name__ == "__main__":
    show()
