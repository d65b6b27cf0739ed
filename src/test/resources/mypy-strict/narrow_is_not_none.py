from typing import Optional


def describe(val: Optional[str]) -> str:
    if val is not None:
        return "text of length " + str(len(val))
    else:
        return "nothing"


for v in ["abc", None, ""]:
    print(describe(v))
