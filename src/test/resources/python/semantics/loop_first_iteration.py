for i in range(2):
    print(z)  # missed: a later iteration could in general reach this read after the binding below
    z = i
