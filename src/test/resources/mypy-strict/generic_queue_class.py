from typing import Generic, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def put(self, item: T) -> None:
        self.items.append(item)

    def get(self) -> T:
        return self.items.pop(0)

    def peek(self) -> T | None:
        if self.items:
            return self.items[0]
        return None

    def __len__(self) -> int:
        return len(self.items)


q: Queue[str] = Queue()
q.put("first")
q.put("second")
print(len(q), q.peek())
print(q.get(), len(q))
nums = Queue[float]()
print(nums.peek())
nums.put(2.5)
print(nums.get() * 2, len(nums))
