import heapq

h = [3, 1, 2]
heapq._heapify_max(h)
print(h)
