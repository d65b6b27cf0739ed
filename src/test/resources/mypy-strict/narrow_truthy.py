from typing import Optional


def shout(val: Optional[str]) -> str:
    if val:
        return val.upper() + "!"
    return "(empty)"


print(shout("hello"))
print(shout(""))
print(shout(None))
