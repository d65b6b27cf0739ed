"""A priority task scheduler backed by a hand-written binary heap."""
from dataclasses import dataclass
from typing import Optional


@dataclass
class Task:
    priority: int
    name: str
    duration: int


class TaskQueue:
    def __init__(self) -> None:
        self.heap: list[Task] = []

    def __len__(self) -> int:
        return len(self.heap)

    def push(self, task: Task) -> None:
        self.heap.append(task)
        child = len(self.heap) - 1
        while child > 0:
            parent = (child - 1) // 2
            if self.heap[parent].priority <= self.heap[child].priority:
                break
            self.heap[parent], self.heap[child] = self.heap[child], self.heap[parent]
            child = parent

    def pop(self) -> Optional[Task]:
        if not self.heap:
            return None
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self.sift_down(0)
        return top

    def sift_down(self, index: int) -> None:
        size = len(self.heap)
        while True:
            smallest = index
            for child in [2 * index + 1, 2 * index + 2]:
                if child < size and self.heap[child].priority < self.heap[smallest].priority:
                    smallest = child
            if smallest == index:
                return
            self.heap[index], self.heap[smallest] = self.heap[smallest], self.heap[index]
            index = smallest


if __name__ == "__main__":
    queue = TaskQueue()
    jobs = [(3, "write report", 45), (1, "fix outage", 30), (4, "lunch", 60), (2, "review", 20), (5, "emails", 15)]
    for priority, name, duration in jobs:
        queue.push(Task(priority, name, duration))
    print("queued:", len(queue))
    clock = 9 * 60
    while True:
        task = queue.pop()
        if task is None:
            break
        hours, minutes = divmod(clock, 60)
        print(f"{hours:02d}:{minutes:02d} [{task.priority}] {task.name} ({task.duration} min)")
        clock += task.duration
    print("finished at", f"{clock // 60}:{clock % 60:02d}", "queue empty:", len(queue) == 0)
