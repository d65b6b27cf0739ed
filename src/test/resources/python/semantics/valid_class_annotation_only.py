from typing import Optional


class Node:
    value: int
    next: Optional['Node'] = None


print(Node.next, Node.__annotations__['value'])
