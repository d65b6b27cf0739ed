if (n := len(a)) > 10: pass
while chunk := f.read(): pass
print(f"{(x:=10)}")
[y := 1, 2]
foo(x := 3, cat="vector")
def f(a=(b:=1)): pass
x[y:=1]
