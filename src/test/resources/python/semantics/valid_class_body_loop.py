class Table:
    for i in range(3):
        if i:
            print(prev)
        prev = i


print(Table.prev)
