# A function that returns a value without a return annotation (or with a bare container one)
# returns whatever its return statements give; each call's value keeps its own type.


def square(n: int):
    return n * n


def halve(n: int):
    if n % 2 == 0:
        return n // 2
    return n / 2


def find(items: list[str], target: str):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def evens(limit: int) -> list:
    out = []
    for i in range(limit):
        if i % 2 == 0:
            out.append(i)
    return out


def histogram(text: str) -> dict:
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def pair(a: int, b: str) -> tuple:
    return (a, b)


def fib(n: int):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int):
    if n == 0:
        return False
    return is_even(n - 1)


def nothing(n: int):
    if n > 0:
        print("positive")
        return
    print("not positive")


def mean(xs):
    return sum(xs) / len(xs)


def empty_or_items(flag: bool):
    if flag:
        return []
    return ["x", "y"]


def divide(a: int, b: int):
    return a // b


if __name__ == "__main__":
    print(square(7), halve(10), halve(7))
    print(find(["a", "b"], "b"), find(["a"], "z"))
    r = find(["q"], "q")
    if r is not None:
        print(r + 1)
    print(evens(9), histogram("abca"), pair(1, "one"))
    print(fib(20), is_even(10), is_odd(7))
    nothing(1)
    nothing(0)
    print(mean([1, 2, 3, 4]), mean([0.5, 1.5]))
    print(empty_or_items(True), empty_or_items(False))
    print(divide(7, 2))
    print(divide(1, 0))
