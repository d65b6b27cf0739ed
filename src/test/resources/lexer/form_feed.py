x = 1

def f():
    pass
# c
y = 2
