"""Dynamic programming: Fibonacci, edit distance, knapsack, coin change."""


def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def edit_distance(a: str, b: str) -> int:
    rows = len(a) + 1
    cols = len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
    return table[rows - 1][cols - 1]


def knapsack(weights: list[int], values: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for weight, value in zip(weights, values):
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]


def coin_change(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    ways = [impossible] * (amount + 1)
    ways[0] = 0
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and ways[total - coin] + 1 < ways[total]:
                ways[total] = ways[total - coin] + 1
    return ways[amount] if ways[amount] != impossible else -1


if __name__ == "__main__":
    print([fibonacci(n) for n in range(15)])
    print("fib(90) =", fibonacci(90))
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
        print(f"edit_distance({a!r}, {b!r}) = {edit_distance(a, b)}")
    print("knapsack:", knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7))
    print("coins 11:", coin_change([1, 2, 5], 11))
    print("coins 3 with [2]:", coin_change([2], 3))
