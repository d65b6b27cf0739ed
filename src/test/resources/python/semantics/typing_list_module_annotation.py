xs: List[int] = []
print(xs)
