"""queue.Queue, LifoQueue and PriorityQueue used as containers in one thread."""
import queue
from queue import Empty, Full, LifoQueue, PriorityQueue, Queue


def bfs(graph: dict[int, list[int]], start: int) -> list[int]:
    seen = {start}
    order: list[int] = []
    q: Queue = Queue()
    q.put(start)
    while not q.empty():
        v = q.get()
        order.append(v)
        for w in graph[v]:
            if w not in seen:
                seen.add(w)
                q.put(w)
    return order


def drain_lifo() -> list[str]:
    s: LifoQueue[str] = LifoQueue()
    for word in ["a", "b", "c"]:
        s.put(word)
    out: list[str] = []
    while s.qsize() > 0:
        out.append(s.get_nowait())
    return out


def priorities() -> list[tuple[int, str]]:
    pq: PriorityQueue[tuple[int, str]] = PriorityQueue()
    pq.put((3, "c"))
    pq.put((1, "z"))
    pq.put((2, "b"))
    pq.put((1, "a"))
    pq.put_nowait((0, "a0"))
    got: list[tuple[int, str]] = []
    while not pq.empty():
        got.append(pq.get())
    return got


def bounded() -> None:
    q: queue.Queue[int] = queue.Queue(maxsize=2)
    print(q.maxsize, q.full(), q.empty())
    q.put(1)
    q.put(2, block=False)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except queue.Full:
        print("full")
    try:
        q.put(3, timeout=0)
    except Full as e:
        print("full again", repr(e), e.args)
    print(q.get(), q.get(block=False))
    try:
        q.get_nowait()
    except Empty:
        print("empty")
    try:
        q.get(False)
    except queue.Empty as e:
        print("empty again", repr(str(e)))
    try:
        q.get(True, 0.01)
    except Exception as e:
        print("timed out", repr(e))
    q.put(5)
    try:
        q.get(timeout=-1)
    except ValueError as e:
        print(e)
    print(q.get(True, -1) if False else q.get())


def tasks() -> None:
    q: Queue[int] = Queue()
    q.put(1)
    q.get()
    q.task_done()
    q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    unbounded = Queue()
    unbounded.put("x")
    print(unbounded.maxsize, unbounded.full(), unbounded.get())
    lq: Queue[int] = LifoQueue(0)
    lq.put(1)
    lq.put(2)
    print(lq.get(), lq.get())


if __name__ == "__main__":
    print(bfs({1: [2, 3], 2: [4], 3: [4], 4: []}, 1))
    print(drain_lifo())
    print(priorities())
    bounded()
    tasks()
    last: Queue[int] = Queue()
    last.get_nowait()
