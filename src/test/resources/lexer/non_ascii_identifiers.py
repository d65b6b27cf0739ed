café = 1
日本語 = café + 1
π = 3.14
x = 'ünïcödé'  # ¿comment?
