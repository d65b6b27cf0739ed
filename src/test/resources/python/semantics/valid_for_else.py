for n in range(2, 10):
    if n % 7 == 0:
        found = n
        break
else:
    found = None
print(found)
