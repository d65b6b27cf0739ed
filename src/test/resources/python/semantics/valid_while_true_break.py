def f() -> str:
    n = 0
    while 1:
        n += 1
        if n > 2:
            break
        tail = str(n)
    return tail


print(f())
