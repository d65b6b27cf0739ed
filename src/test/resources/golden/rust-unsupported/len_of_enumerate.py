for i, n in enumerate(["a", "b"]):
    print(i, n)
print(len(enumerate([1, 2])))
