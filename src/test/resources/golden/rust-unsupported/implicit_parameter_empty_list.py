def first(xs):
    if not xs:
        raise ValueError("empty")
    return xs[0]


if __name__ == "__main__":
    print(first([]))
