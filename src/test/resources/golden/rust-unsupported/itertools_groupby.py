import itertools

for key, group in itertools.groupby("aabbbc"):
    print(key, list(group))
