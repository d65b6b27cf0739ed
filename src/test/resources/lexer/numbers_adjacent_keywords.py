x = y if 1else 2
z = 1.5else_ = 0
w = [0x1for x in y]
v = 1E5if a else 1Else
print(1or 2, 0b1and 1, 0o7if 1 else 2, 1jif 1 else 2)
