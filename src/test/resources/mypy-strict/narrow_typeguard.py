from typing import TypeGuard


def all_strings(items: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in items)


def join(items: list[object]) -> str:
    if all_strings(items):
        return ",".join(items)
    return "mixed"


print(join(["a", "b"]))
print(join(["a", 1]))
