f = open("x.txt", "w")
print(f)
