x)
