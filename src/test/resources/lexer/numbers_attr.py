a = 1 .real
b = 1..real
c = 1.0.hex()
d = x[1:2]
e = 1.__class__
