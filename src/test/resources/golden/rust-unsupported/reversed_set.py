seen = {1, 2, 3}
for x in reversed(seen):
    print(x)
