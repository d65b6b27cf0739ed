a = 0x
b = 0b2
c = 0o8
d = 1_
e = 012
f = 1e
g = 0b_
