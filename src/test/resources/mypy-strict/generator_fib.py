from collections.abc import Generator


def fib() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for n in fib():
    if n > 50:
        break
    out.append(n)
print(out)
