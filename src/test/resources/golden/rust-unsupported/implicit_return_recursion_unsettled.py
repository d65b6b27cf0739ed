def steps(n: int):
    before = steps(n - 1) if n > 0 else 0
    return before + 1


if __name__ == "__main__":
    print(steps(3))
