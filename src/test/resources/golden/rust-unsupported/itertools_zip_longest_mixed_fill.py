from itertools import zip_longest

names: list[str] = ["a", "b"]
scores: list[int] = [1]
print(list(zip_longest(names, scores, fillvalue=0)))
