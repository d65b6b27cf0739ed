def f():
    global counter
    return counter


f()
