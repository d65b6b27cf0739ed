"""An uncaught JSONDecodeError ends the program as CPython's does (last traceback line, status 1)."""
import json


def main() -> None:
    counts: dict[str, int] = json.loads('{"a": 1}')
    print(counts)
    json.loads('{"a": 1,\n "b": [1, 2,]}')
    print("not reached")


if __name__ == "__main__":
    main()
