import json
from typing import Any


def build() -> dict[str, Any]:
    record: dict[str, Any] = {"name": "widget", "count": 3, "price": 9.5, "tags": ["a", "b"], "ok": True}
    record["dims"] = {"w": 2, "h": 4}
    record["none"] = None
    return record


def main() -> None:
    record = build()
    print(json.dumps(record))
    print(json.dumps(record, indent=2, sort_keys=True))
    back: dict[str, Any] = json.loads(json.dumps(record))
    print(back)
    print(json.dumps(back, separators=(",", ":")))
    items: list[Any] = [1, "two", 3.0, None, False]
    print(json.dumps(items, indent=0))
    print(json.dumps(items, indent=""))
    print(json.dumps(items, indent=-3))
    empty: list[int] = []
    nothing: dict[str, int] = {}
    nested: list[list[int]] = [[]]
    print(json.dumps(empty, indent=4), json.dumps(nothing, indent=4), json.dumps(nested, indent=1))


if __name__ == "__main__":
    main()
