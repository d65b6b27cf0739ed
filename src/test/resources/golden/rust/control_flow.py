def find(values: list[int], target: int) -> int:
    for i, v in enumerate(values):
        if v == target:
            return i
    return -1


if __name__ == "__main__":
    total = 0
    n = 0
    while n < 10:
        n += 1
        if n % 3 == 0:
            continue
        total += n
    for x in [1, 2, 3]:
        if x == 5:
            break
    else:
        print("no five")
    print(total, find([4, 5, 6], 6), find([], 1))
