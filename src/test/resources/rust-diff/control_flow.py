"""Loops with else, break, continue, pass, assert; nested loops."""


def first_multiple(values: list[int], k: int) -> int:
    for v in values:
        if v % k == 0:
            break
    else:
        return -1
    return v


def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    else:
        pass
    return steps


if __name__ == "__main__":
    print(first_multiple([3, 5, 10, 12], 5), first_multiple([1, 2], 7))
    print([collatz(n) for n in range(1, 12)])
    for i in range(10):
        if i % 2 == 0:
            continue
        if i > 7:
            break
        print(i, end=" ")
    print()
    n = 0
    while True:
        n += 1
        if n * n > 50:
            break
    print("n =", n)
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            print((i, j), end=" ")
    print()
    count = 0
    while count < 3:
        count += 1
    else:
        print("loop finished normally", count)
    grade = 73
    if grade >= 90:
        letter = "A"
    elif grade >= 80:
        letter = "B"
    elif grade >= 70:
        letter = "C"
    else:
        letter = "F"
    print(letter)
    assert letter == "C", "grading is broken"
    for k in range(10, 0, -3):
        print(k, end=",")
    print()
    found = False
    for word in ["alpha", "beta", "gamma"]:
        if "m" in word:
            found = True
    print(found, "yes" if found else "no")
