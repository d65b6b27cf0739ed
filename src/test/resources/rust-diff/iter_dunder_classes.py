"""User classes whose __iter__ is a generator: for loops, list(), sum(), in, comprehensions."""
from collections.abc import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        n = self.start
        while n > 0:
            print("  step", n)
            yield n
            n -= 1


class Words:
    def __init__(self, text: str) -> None:
        self.words = text.split()

    def __iter__(self) -> Iterator[str]:
        for w in self.words:
            yield w.lower()

    def __len__(self) -> int:
        return len(self.words)


class Evens(Words):
    def __iter__(self) -> Iterator[str]:
        for i, w in enumerate(self.words):
            if i % 2 == 0:
                yield w


class Broken:
    def __iter__(self) -> Iterator[int]:
        yield 1
        yield 10 // 0


for i in Countdown(2):
    print("got", i)
print(list(Countdown(3)))
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(2)))
print(3 in Countdown(5), 9 in Countdown(2))
print([x * x for x in Countdown(3) if x != 2])
print({w: len(w) for w in Words("Alpha beta GAMMA")})
print(" ".join(w for w in Words("One Two")))
print(list(enumerate(Words("x y"))), list(zip(Words("p q"), Countdown(2))))
ws: list[Words] = [Words("A B C D"), Evens("A B C D")]
for w in ws:
    print(len(w), list(w), "b" in w, "C" in w)
total = 0
for x in Broken():
    print("broken gave", x)
    total += x
print(total)
