def grow(d: dict[int, int], k: int) -> int:
    d[k + 100] = k
    return k


if __name__ == "__main__":
    d: dict[int, int] = {1: 10, 2: 20}
    doubled = {k: v * 2 for k, v in d.items()}
    print(doubled, [k for k in d if k > 1], sum(v for v in d.values()))
    try:
        print([grow(d, k) for k in d])
    except RuntimeError as e:
        print("caught:", e)
    print(d)
    print([grow(d, k) for k in d.keys()])
