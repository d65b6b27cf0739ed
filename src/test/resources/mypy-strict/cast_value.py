from typing import cast


def first_word(data: object) -> str:
    text = cast(str, data)
    return text.split()[0]


print(first_word("hello there"))
