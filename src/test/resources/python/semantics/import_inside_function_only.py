def load() -> None:
    import json


def dump() -> str:
    return json.dumps([1])


load()
print(dump())
