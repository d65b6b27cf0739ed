names = ["a", "b"]
ages = [3, 4]
pairs = zip(names, ages)
print(len(pairs))
