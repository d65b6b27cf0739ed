names = ["ann", "bob", "cy"]
scores = [90, 72, 85]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n:<5}{s:>4}")
print(dict(zip(names, scores)))
