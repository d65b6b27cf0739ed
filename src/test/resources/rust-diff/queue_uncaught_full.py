"""An uncaught queue.Full ends the program as CPython's does."""
from queue import PriorityQueue


def fill(n: int) -> None:
    pq: PriorityQueue[int] = PriorityQueue(n)
    for i in range(n + 1):
        pq.put(-i, False)
        print(pq.qsize(), pq.full())


fill(2)
