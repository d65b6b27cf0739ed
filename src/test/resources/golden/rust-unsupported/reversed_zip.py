xs = [1, 2, 3]
for a, b in reversed(zip(xs, xs)):
    print(a, b)
