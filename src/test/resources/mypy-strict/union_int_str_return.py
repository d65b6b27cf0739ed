from typing import Union


def parse(text: str) -> Union[int, str]:
    if text.isdigit():
        return int(text)
    return text


for t in ["12", "ab"]:
    v = parse(t)
    if isinstance(v, int):
        print("number", v + 1)
    else:
        print("word", v)
