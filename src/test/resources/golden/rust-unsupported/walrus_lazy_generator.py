def doubled_sum(xs: list[int]) -> int:
    # Kept for later, the generator binds y in this function at each step it takes.
    g = (y for x in xs if (y := x * 2) > 2)
    t = 0
    for v in g:
        t += v + y
    return t


if __name__ == "__main__":
    print(doubled_sum([1, 2, 3]))
