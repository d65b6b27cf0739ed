import json

pair: tuple[int, int] = json.loads("[1, 2]")
print(pair)
