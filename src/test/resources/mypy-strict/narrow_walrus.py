from typing import Optional


def find(words: list[str], prefix: str) -> Optional[str]:
    for w in words:
        if w.startswith(prefix):
            return w
    return None


words = ["apple", "banana", "cherry"]
if (hit := find(words, "ba")) is not None:
    print("found", hit.upper())
if (miss := find(words, "z")) is None:
    print("missing", miss)
