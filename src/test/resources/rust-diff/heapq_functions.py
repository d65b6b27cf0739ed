"""heapq as CPython 3.11 runs it: the list's exact order after every push, pop, heapify, pushpop and
replace (ints, floats, strs, tuples), nlargest/nsmallest with and without key= for every size of n,
merge with key= and reverse=, a heap of objects ordered by __lt__, and the errors of an empty heap."""
import heapq
from heapq import heappop, heappush, nlargest


class Task:
    def __init__(self, priority: int, name: str) -> None:
        self.priority = priority
        self.name = name

    def __lt__(self, other: "Task") -> bool:
        return self.priority < other.priority

    def __repr__(self) -> str:
        return "T" + str(self.priority) + self.name


def pushes() -> None:
    h: list[int] = []
    for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6, 4, 3]:
        heapq.heappush(h, x)
        print(h)
    out: list[int] = []
    while h:
        out.append(heappop(h))
        print(out[-1], h)
    print(out)


def heapify_orders() -> None:
    data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, -1, 5, 5]
    heapq.heapify(data)
    print(data)
    words = ["pear", "apple", "fig", "banana", "cherry", "date", "kiwi"]
    heapq.heapify(words)
    print(words)
    floats = [3.5, -1.25, 2.0, 0.5, 10.0, -7.75]
    heapq.heapify(floats)
    print(floats)
    empty: list[int] = []
    heapq.heapify(empty)
    print(empty)
    one = [42]
    heapq.heapify(one)
    print(one)


def pushpop_replace() -> None:
    h = [1, 3, 5, 7, 9, 11]
    heapq.heapify(h)
    print(heapq.heappushpop(h, 0), h)
    print(heapq.heappushpop(h, 4), h)
    print(heapq.heappushpop(h, 100), h)
    print(heapq.heapreplace(h, 0), h)
    print(heapq.heapreplace(h, 50), h)
    e: list[int] = []
    print(heapq.heappushpop(e, 3), e)


def tuples() -> None:
    graph: dict[str, list[tuple[str, int]]] = {
        "a": [("b", 7), ("c", 9), ("f", 14)],
        "b": [("a", 7), ("c", 10), ("d", 15)],
        "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)],
        "d": [("b", 15), ("c", 11), ("e", 6)],
        "e": [("d", 6), ("f", 9)],
        "f": [("a", 14), ("c", 2), ("e", 9)],
    }
    dist: dict[str, int] = {"a": 0}
    queue: list[tuple[int, str]] = [(0, "a")]
    seen: list[str] = []
    while queue:
        d, node = heapq.heappop(queue)
        if node in seen:
            continue
        seen.append(node)
        print(node, d, queue)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    print(dist)
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]
    heapq.heapify(pairs)
    print(pairs)


def largest_smallest() -> None:
    data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 6]
    for n in [-2, 0, 1, 2, 3, 5, 9, 10, 11, 50]:
        print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    print(nlargest(3, [4.5, -2.0, 9.25, 9.25, 0.0]))
    print(heapq.nsmallest(2, "hello world"))
    print(heapq.nlargest(3, (7, 3, 9, 1)))
    print(heapq.nsmallest(4, [x * x - 10 * x for x in range(12)]))
    print(heapq.nlargest(2, {"b": 1, "a": 2, "c": 0}))
    none: list[int] = []
    print(heapq.nsmallest(3, none), heapq.nlargest(1, none), heapq.nlargest(0, none), heapq.nsmallest(-1, none))
    words = ["bb", "a", "dddd", "ccc", "ee", "f", "gggg", "hh"]
    for n in [0, 1, 2, 3, 4, 8, 9]:
        print(n, heapq.nlargest(n, words, key=len), heapq.nsmallest(n, words, key=len))
    print(heapq.nsmallest(3, words, key=lambda w: (len(w), w)))
    print(heapq.nlargest(3, words, key=lambda w: w[-1]))
    print(heapq.nsmallest(2, [-3, 1, -1, 3, 2], key=abs))
    print(heapq.nlargest(2, [-3, 1, -1, 3, 2], key=abs))
    scores = {"ann": 81, "bob": 95, "cy": 81, "dee": 70, "eve": 95}
    print(heapq.nlargest(3, scores, key=lambda name: scores[name]))
    print(heapq.nsmallest(3, scores.items(), key=lambda kv: kv[1]))


def merging() -> None:
    print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10])))
    nothing: list[int] = []
    print(list(heapq.merge(nothing, [1], nothing)))
    print(list(heapq.merge([3, 1], [2])))
    total = 0
    for x in heapq.merge([1, 4, 9], [2, 3, 10]):
        total = total * 10 + x
    print(total)
    print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], ["", "eeeee"], key=len)))
    print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
    print(list(heapq.merge([("b", 3), ("a", 1)], [("c", 2)], key=lambda p: -p[1], reverse=False)))
    print(list(heapq.merge([1, 2, 2], [2, 2, 3])))
    print(list(heapq.merge(["x"], ["xx", "y"], ["zz"], key=len, reverse=False)))


def objects() -> None:
    tasks: list[Task] = []
    for p, name in [(3, "write"), (1, "plan"), (4, "test"), (1, "think"), (2, "code")]:
        heapq.heappush(tasks, Task(p, name))
    print(tasks)
    while tasks:
        print(heapq.heappop(tasks))
    more = [Task(5, "e"), Task(2, "b"), Task(9, "z"), Task(2, "c")]
    heapq.heapify(more)
    print(more)
    print(heapq.heappushpop(more, Task(1, "a")), heapq.heapreplace(more, Task(7, "g")), more)


def errors() -> None:
    h: list[int] = []
    try:
        heapq.heappop(h)
    except IndexError as e:
        print("IndexError:", e)
    try:
        heapq.heapreplace(h, 1)
    except IndexError as e:
        print("IndexError:", e)
    print(h)


pushes()
heapify_orders()
pushpop_replace()
tuples()
largest_smallest()
merging()
objects()
errors()
last: list[str] = []
heappop(last)
