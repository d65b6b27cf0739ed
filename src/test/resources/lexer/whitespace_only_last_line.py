if x:
    y
   