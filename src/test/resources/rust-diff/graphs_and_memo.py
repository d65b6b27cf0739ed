"""Memoised recursion, a dataclass graph with Dijkstra, Optional narrowing inside or."""
from dataclasses import dataclass
from typing import Optional

memo: dict[int, int] = {}


def fib(n: int, cache: dict[int, int]) -> int:
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1, cache) + fib(n - 2, cache)
    cache[n] = result
    return result


@dataclass
class Edge:
    src: str
    dst: str
    weight: int


class Graph:
    def __init__(self) -> None:
        self.adj: dict[str, list[Edge]] = {}

    def add(self, src: str, dst: str, weight: int) -> None:
        if src not in self.adj:
            self.adj[src] = []
        self.adj[src].append(Edge(src, dst, weight))
        self.adj.setdefault(dst, [])

    def dijkstra(self, start: str) -> dict[str, int]:
        dist: dict[str, int] = {start: 0}
        visited: set[str] = set()
        while True:
            best: Optional[str] = None
            for node, d in dist.items():
                if node not in visited and (best is None or d < dist[best]):
                    best = node
            if best is None:
                break
            visited.add(best)
            for edge in self.adj[best]:
                nd = dist[best] + edge.weight
                if edge.dst not in dist or nd < dist[edge.dst]:
                    dist[edge.dst] = nd
        return dist


def words_by_length(text: str) -> list[tuple[int, str]]:
    pairs = [(len(w), w) for w in text.split()]
    pairs.sort()
    return pairs


if __name__ == "__main__":
    print([fib(i, memo) for i in range(20)], len(memo))
    g = Graph()
    g.add("a", "b", 4)
    g.add("a", "c", 1)
    g.add("c", "b", 2)
    g.add("b", "d", 5)
    print(g.dijkstra("a"))
    print(words_by_length("the quick brown fox jumps"))
    text = ""
    i = 0
    while i < 5 and len(text) < 8:
        text += str(i) * 2
        i += 1
    print(text, i)
    table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
    for row in table:
        print(" ".join(f"{v:3d}" for v in row))
    flags = [x % 3 == 0 for x in range(6)]
    print(flags, flags.count(True), sum(1 for f in flags if f))
    s = "Mississippi"
    print(s.lower().count("ss"), s.find("ss"), sorted(set(s)), max(s), s[1:-1:2])
