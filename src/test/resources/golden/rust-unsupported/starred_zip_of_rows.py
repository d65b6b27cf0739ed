def transpose(rows: list[list[int]]) -> list[list[int]]:
    return [list(col) for col in zip(*rows)]


if __name__ == "__main__":
    print(transpose([[1, 2], [3, 4]]))
