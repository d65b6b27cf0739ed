x = 1


class C:
    y = x
    x = 2


print(C.y, C.x)
