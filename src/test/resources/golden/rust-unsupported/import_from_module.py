from collections import deque

print(deque([1, 2]))
