from statistics import mode

print(mode([[1], [2], [2]]))
