def countdown(n: int, loud: bool) -> int:
    if loud:
        def step(k: int) -> int:
            print("at", k)
            return 0 if k == 0 else step(k - 1)
    else:
        def step(k: int) -> int:
            return 0 if k == 0 else step(k - 1)
    return step(n)


if __name__ == "__main__":
    print(countdown(3, True))
