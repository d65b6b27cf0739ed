import json
from typing import Any


def main() -> None:
    big = 2 ** 100
    values: list[int] = [big, -big, 0, 7]
    print(json.dumps(values))
    print(json.dumps({big: "x", 3: "y"}, sort_keys=True))
    back: list[int] = json.loads(json.dumps(values))
    print(back, back[0] == big)
    anything = json.loads("[123456789012345678901234567890, -1, 2.0]")
    print(anything)
    n: int = json.loads("-98765432109876543210")
    print(n * 2)
    try:
        json.loads("[1, 2] 3")
    except json.JSONDecodeError as e:
        print(e)


if __name__ == "__main__":
    main()
