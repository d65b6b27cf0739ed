r = b = u = f = rb = br = fr = rf = ur = bu = 1
print(r, rb, fr)
