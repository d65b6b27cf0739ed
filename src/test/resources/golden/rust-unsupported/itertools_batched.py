from itertools import batched

print(list(batched("abcdefg", 3)))
