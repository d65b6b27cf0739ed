a:=b
x**=2
x//=3
x@=y
a->b
a<<=b>>=c
x=...
y=a.b.c
