print([1 for y in range(2) for x in x])
