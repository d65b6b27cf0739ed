from typing import List, Tuple

from . import money
from .util.text import title


def report_lines(items: List[Tuple[str, int]]) -> List[str]:
    width = widest(items) + 2
    lines: List[str] = []
    for name, cents in items:
        lines.append(pad(title(name), width) + " " + str(money.Money(cents)))
    return lines


from .cart import widest  # noqa: E402
from .util.text import pad  # noqa: E402
