import heapq


class Job:
    def __init__(self, cost: int) -> None:
        self.cost = cost

    def __lt__(self, other: "Job") -> bool:
        return self.cost < other.cost


jobs = [Job(3), Job(1), Job(2)]
print(len(heapq.nsmallest(2, jobs)))
