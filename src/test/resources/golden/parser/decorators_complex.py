@property
@x[0].y(z)
@(yield)
def f(): pass
