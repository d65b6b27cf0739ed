def as_text(x: int | float | str) -> str:
    if isinstance(x, (int, float)):
        return "number " + str(x)
    return "text " + x


print(as_text(3))
print(as_text(2.5))
print(as_text("x"))
