x = [
    1,  # one

    2,
]
y = {'a':
  (1,
   2)}
def f(
    a,
    b,
):
    return (a
            + b)
