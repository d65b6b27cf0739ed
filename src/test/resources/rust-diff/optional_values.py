"""Optional values: None, narrowing with `is None` checks."""
from typing import Optional


def find_index(items: list[str], target: str) -> Optional[int]:
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def describe(value: Optional[int]) -> str:
    if value is None:
        return "nothing"
    return f"index {value + 1 - 1}"


class Node:
    def __init__(self, value: int, next_node: Optional["Node"] = None) -> None:
        self.value = value
        self.next_node = next_node


def total(head: Optional[Node]) -> int:
    result = 0
    node = head
    while node is not None:
        result += node.value
        node = node.next_node
    return result


if __name__ == "__main__":
    names = ["ann", "bob", "cid"]
    print(find_index(names, "bob"), find_index(names, "zed"))
    print(describe(find_index(names, "cid")), describe(None))
    maybe: Optional[str] = None
    print(maybe, maybe is None)
    maybe = "set"
    print(maybe, maybe is not None)
    chain = Node(1, Node(2, Node(3)))
    print(total(chain), total(None))
    lookup = {"a": 1}
    got = lookup.get("b")
    if got is None:
        print("no b")
    print(lookup.get("a"), [find_index(names, n) for n in ["cid", "x"]])
