def kind(obj: object) -> str:
    if isinstance(obj, bool):
        return "bool " + str(obj)
    if isinstance(obj, int):
        return "int " + str(obj + 1)
    if isinstance(obj, str):
        return "str " + obj.upper()
    return "other"


print(kind(True))
print(kind(41))
print(kind("abc"))
print(kind(2.5))
