from operator import itemgetter

i = 1
pairs: list[tuple[str, int]] = [("a", 2), ("b", 1)]
print(sorted(pairs, key=itemgetter(i)))
