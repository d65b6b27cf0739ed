from typing import Iterator


class ParseError(Exception):
    pass


def noisy(n: int) -> Iterator[int]:
    print("noisy: start")
    for i in range(n):
        print("noisy: before", i)
        yield i
        print("noisy: after", i)
    print("noisy: end")


def guarded(name: str, n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print("closing", name)


def parse_all(items: list[str]) -> Iterator[int]:
    for s in items:
        if not s.isdigit():
            raise ParseError("bad item " + s)
        yield int(s)


def careful(items: list[str]) -> Iterator[int]:
    try:
        yield from parse_all(items)
    except ParseError as e:
        print("careful caught:", e)
        yield -1
    except Exception:
        print("never here")


def outer() -> Iterator[str]:
    try:
        for x in guarded("inner", 5):
            yield "item " + str(x)
    finally:
        print("outer finally")


def delegating() -> Iterator[int]:
    try:
        yield from guarded("delegated", 10)
    finally:
        print("delegating finally")


def take(g: Iterator[int], n: int) -> list[int]:
    out: list[int] = []
    for x in g:
        if len(out) == n:
            break
        out.append(x)
    return out


def stubborn() -> Iterator[int]:
    try:
        yield 1
        yield 2
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("stubborn closed")


def swallower() -> Iterator[int]:
    try:
        yield 1
        yield 2
    except BaseException as e:
        print("swallower caught", "GeneratorExit" if isinstance(e, GeneratorExit) else "other")
    print("swallower ends")


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def keep_going() -> Iterator[int]:
    try:
        yield 1
        yield 2
    except Exception:
        print("swallowed something")
    print("after try")


def main() -> None:
    for x in noisy(3):
        print("consumer got", x)
    print("--- early break")
    for x in guarded("g1", 10):
        print("g1 ->", x)
        if x == 2:
            break
    print("after the loop")
    print("--- exception from inside")
    try:
        for v in parse_all(["1", "2", "x", "4"]):
            print("parsed", v)
    except ParseError as e:
        print("consumer caught:", e)
    print(list(careful(["5", "oops"])))
    print("--- nested")
    for s in outer():
        print(s)
        if s == "item 1":
            break
    print("--- close passes except Exception")
    for x in stubborn():
        print("stubborn", x)
        break
    for x in swallower():
        print("swallower", x)
        break
    print("--- take")
    print(take(countdown(10), 3))
    print("--- next with default")
    k = keep_going()
    print(next(k, 0), next(k, 0), next(k, 0), next(k, 0))
    print("end of main")


main()
print("--- stored generator")
g = guarded("g2", 10)
print(next(g))
print(next(g))
print("dropping g2 by rebinding")
g = guarded("g3", 2)
print(list(g))
print("--- delegation closes inner first")
g = delegating()
print(next(g), next(g))
g = delegating()
print("--- unstarted generators do not run finally")
g = guarded("never started", 3)
g = guarded("started", 3)
print(next(g))
print("after main")
