def double(x: int) -> int:
    return x * 2


if __name__ == "__main__":
    print(double)
