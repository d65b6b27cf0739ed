import sys

print(sys.nosuch)
