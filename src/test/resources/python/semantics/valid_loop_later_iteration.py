for i in range(3):
    if i > 0:
        print(prev, i)
    prev = i
