"""Small dense matrices as lists of lists."""


def identity(n: int) -> list[list[int]]:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def multiply(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a[0])} columns vs {len(b)} rows")
    result: list[list[int]] = []
    for i in range(len(a)):
        row: list[int] = []
        for j in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            row.append(total)
        result.append(row)
    return result


def transpose(m: list[list[int]]) -> list[list[int]]:
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def power(m: list[list[int]], exponent: int) -> list[list[int]]:
    result = identity(len(m))
    base = m
    while exponent > 0:
        if exponent % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        exponent //= 2
    return result


def show(m: list[list[int]]) -> None:
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))


if __name__ == "__main__":
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    show(multiply(a, b))
    print(transpose(a))
    fib = power([[1, 1], [1, 0]], 30)
    print("fib(30) =", fib[0][1])
    show(power([[2, 0], [0, 3]], 10))
    try:
        multiply(a, a)
    except ValueError as e:
        print("error:", e)
