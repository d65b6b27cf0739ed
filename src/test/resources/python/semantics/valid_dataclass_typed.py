from dataclasses import dataclass, field
from typing import List


@dataclass
class P:
    xs: List[int] = field(default_factory=list)


print(P([1]))
