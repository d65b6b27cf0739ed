def show(x: object) -> str:
    return "<" + str(x) + ">"


print(show(1), show("a"), show([1, 2]), show(None))
