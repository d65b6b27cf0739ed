class Node:
    next: Optional['Node'] = None


print(Node.next)
