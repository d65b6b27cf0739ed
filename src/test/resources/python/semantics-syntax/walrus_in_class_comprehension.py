class C:
    ys = [z := 1 for _ in range(2)]
