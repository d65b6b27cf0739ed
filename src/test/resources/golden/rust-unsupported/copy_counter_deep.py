import copy
from collections import Counter

if __name__ == "__main__":
    c: Counter[str] = Counter("abca")
    print(copy.deepcopy(c))
