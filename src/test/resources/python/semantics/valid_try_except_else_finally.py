def parse(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = -1
    else:
        n += 1
    finally:
        done = True
    return n if done else 0


print(parse('4'), parse('x'))
