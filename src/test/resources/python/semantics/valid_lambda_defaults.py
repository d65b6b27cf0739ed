fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
