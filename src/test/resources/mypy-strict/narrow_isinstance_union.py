def show(val: int | str) -> str:
    if isinstance(val, str):
        return "str:" + val.strip()
    else:
        return "int:" + str(val * 2)


print(show(21))
print(show("  padded  "))
