class Box:
    item = 0


b = Box()
slots = [0, 0]
for b.item in range(2):
    pass
for slots[0] in range(3):
    pass
print(b.item, slots)
