def total(xs: list) -> int:
    return len(xs)


if __name__ == "__main__":
    print(total("ab"))
