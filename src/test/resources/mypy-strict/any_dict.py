from typing import Any


def describe(record: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in record.items())


print(describe({"name": "ann", "age": 31}))
