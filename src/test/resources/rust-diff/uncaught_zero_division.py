"""Integer division by zero escaping main."""

if __name__ == "__main__":
    values = [10, 5, 0]
    for v in values:
        print(100 // v)
