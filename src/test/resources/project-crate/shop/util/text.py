def pad(text: str, width: int) -> str:
    return text + "." * (width - len(text))


def title(text: str) -> str:
    return text[:1].upper() + text[1:]
