from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import List

xs: List[int] = []  # missed: TYPE_CHECKING is False when the program runs
print(xs)
