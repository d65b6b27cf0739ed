def tally(words: set[str]) -> int:
    return len(words)


if __name__ == "__main__":
    odd = {1, 3, 5, 7}
    pair = {8, 0}
    floats = {0.5, -2.0}
    points = {(1, 2), (0, 0)}
    empty: set[int] = set()
    print(odd, pair, floats, points, empty, f"{odd}")
    for n in odd:
        print(n)
    squares = {n * n for n in odd}
    print(squares, [n + 1 for n in odd], list(odd), sorted(odd), sum(odd))
    odd |= pair
    odd &= {1, 8, 9}
    odd -= {9}
    odd ^= {2}
    odd.update([4, 6])
    print(odd.pop(), odd.copy(), set(odd), set([3, 2, 1]))
    odd.clear()
    print(tally({"a"}))
