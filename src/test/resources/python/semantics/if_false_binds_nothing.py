if False:
    z = 1
print(z)
