import heapq

print(list(heapq.merge([1, 2], {3, 4})))
