def kind(x: int | str) -> str:
    if type(x) is int:
        return "int"
    return "str"


print(kind(1), kind("a"))
