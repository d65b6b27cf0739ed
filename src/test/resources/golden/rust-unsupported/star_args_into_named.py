def area(width: int, height: int) -> int:
    return width * height


if __name__ == "__main__":
    sides = [3, 4]
    print(area(*sides))
