if x:
    y
    # tail