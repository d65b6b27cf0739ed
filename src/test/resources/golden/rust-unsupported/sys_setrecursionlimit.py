import sys

sys.setrecursionlimit(10000)
print("deep")
