from collections import Counter

c = Counter("abca")
for x in c.elements():
    c[x] += 1
print(c)
