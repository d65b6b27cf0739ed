xs = [1, 2, 3]
print(len(reversed(xs)))
