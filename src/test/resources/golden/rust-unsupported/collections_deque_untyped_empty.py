from collections import deque

q = deque()
q.append(1)
print(q)
