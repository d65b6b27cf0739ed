class Grid:
    k = 2
    cells = [x * k for x in range(3)]


print(Grid.cells)
