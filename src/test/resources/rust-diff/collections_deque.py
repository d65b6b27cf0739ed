"""collections.deque as CPython 3.11 runs it: both ends, maxlen dropping from the other end, extend and
extendleft, rotate both ways and by more than the length, count/index/remove, indexing from both ends,
len/truth/in, iteration, repr with and without maxlen, a breadth-first search, and every error message
(empty pops, a missing item, an index out of range, a negative maxlen, mutation during iteration)."""
import collections
from collections import deque


def bfs(graph: dict[int, list[int]], start: int) -> list[int]:
    seen = [start]
    queue: deque[int] = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen


def ends() -> None:
    d: deque[int] = deque()
    print(d, len(d), bool(d))
    d.append(1)
    d.append(2)
    d.appendleft(0)
    d.appendleft(-1)
    print(d, len(d), bool(d), d[0], d[-1], d[1], d[-2])
    print(d.pop(), d.popleft(), d)
    d.extend([5, 6, 7])
    d.extendleft([10, 11])
    print(d, 5 in d, 99 in d, 99 not in d)
    print([x * 2 for x in d], sum(d), max(d), sorted(d), list(d))
    total = 0
    for x in d:
        total += x
    print(total)
    d.clear()
    print(d, len(d))
    words = deque("abc")
    words.append("d")
    print(words, "".join(words))


def bounded() -> None:
    last: deque[int] = deque(maxlen=3)
    for i in range(6):
        last.append(i)
        print(last)
    last.appendleft(100)
    print(last)
    last.extend([7, 8])
    print(last)
    last.extendleft([1, 2])
    print(last)
    print(deque([1, 2, 3, 4, 5], 2), deque([1, 2, 3], maxlen=None), deque(range(4), maxlen=10))
    zero: deque[str] = deque(maxlen=0)
    zero.append("x")
    zero.appendleft("y")
    print(zero, len(zero))


def rotations() -> None:
    d = deque([1, 2, 3, 4, 5])
    d.rotate()
    print(d)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d)
    d.rotate(12)
    print(d)
    d.rotate(-11)
    print(d)
    d.rotate(0)
    print(d)
    e: deque[int] = deque()
    e.rotate(3)
    print(e)


def searches() -> None:
    d = deque([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
    print(d.count(5), d.count(7), d.index(1), d.index(5), d.index(1, 2), d.index(5, 5, 9))
    d.remove(1)
    print(d)
    d.remove(5)
    print(d)
    d.reverse()
    print(d)
    c = d.copy()
    c.append(0)
    print(d, c)
    pairs = deque([(1, "a"), (2, "b")])
    pairs.appendleft((0, "z"))
    print(pairs, pairs[1], (2, "b") in pairs)
    print(d == c, c.pop() == 0 and d == c)
    print(deque([1, 2]) == deque([1, 2], maxlen=5))
    one = deque([1])
    print(one != deque([2]))


def errors() -> None:
    d: deque[int] = deque()
    for action in range(8):
        try:
            if action == 0:
                d.pop()
            elif action == 1:
                d.popleft()
            elif action == 2:
                print(d[0])
            elif action == 3:
                deque([1, 2]).remove(3)
            elif action == 4:
                print(deque([1, 2, 3]).index(3, 0, 2))
            elif action == 5:
                print(deque([1, 2], -1))
            elif action == 6:
                m = deque([1, 2, 3])
                for x in m:
                    if x == 2:
                        m.append(4)
            else:
                print(deque([4, 5])[-3])
        except IndexError as e:
            print("IndexError:", e)
        except ValueError as e:
            print("ValueError:", e)
        except RuntimeError as e:
            print("RuntimeError:", e)


print(bfs({1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}, 1))
ends()
bounded()
rotations()
searches()
errors()
q = collections.deque([1])
q.popleft()
q.popleft()
