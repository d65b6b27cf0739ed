import json
from typing import Any

data: dict[str, Any] = json.loads('{"a": 1}', object_hook=dict)
print(data)
