import sys

print(sys.stdin.fileno())
