import re


def words(pattern: str, text: str) -> list[str]:
    return re.findall(pattern, text)
