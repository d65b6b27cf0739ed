"""Functions: defaults, keyword arguments, recursion, module constants."""

GREETING = "Hello"
LIMIT = 5
RATE = 0.5
VERBOSE = False


def greet(name: str, punctuation: str = "!", times: int = 1) -> str:
    return " ".join([f"{GREETING}, {name}{punctuation}"] * times)


def factorial(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: int, source: str, target: str, spare: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(f"{source}->{target}")
    hanoi(n - 1, spare, target, source, moves)


def scale(values: list[float], factor: float = RATE) -> list[float]:
    return [v * factor for v in values]


def is_even(n: int) -> bool:
    return n == 0 or is_odd(n - 1)


def is_odd(n: int) -> bool:
    return n != 0 and is_even(n - 1)


if __name__ == "__main__":
    print(greet("Ada"), greet("Bob", "?"), greet("Cy", times=2), greet(punctuation=".", name="Di"))
    print([factorial(n) for n in range(LIMIT + 1)], factorial(20))
    print(ackermann(2, 3))
    moves: list[str] = []
    hanoi(3, "A", "C", "B", moves)
    print(len(moves), moves)
    print(scale([1.0, 2.0]), scale([1.0, 2.0], 3.0))
    print(is_even(10), is_odd(7), is_even(3))
    if VERBOSE:
        print("verbose")
