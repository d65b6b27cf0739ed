def loud(x: int) -> int:
    print("computing", x)
    return x * 2


if __name__ == "__main__":
    for y in map(loud, [1, 2, 3]):
        print("got", y)
