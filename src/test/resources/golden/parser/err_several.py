x = = 1
y = 2
def f(a b):
    pass
z = 3 +
w = 4
class C:
    def g(self):
        return else
    h = 1
ok = True
