def stats(xs: list[int]) -> str:
    total = 0
    count = 0
    biggest = xs[0]
    for x in xs:
        total += x
        count += 1
        if x > biggest:
            biggest = x
    avg = total / count
    return f"total={total} avg={avg:.2f} max={biggest}"


print(stats([3, 1, 4, 1, 5]))
