from typing import Optional

readings: list[Optional[int]] = [3, None, 7, None, 1]
total = 0
for r in readings:
    if r is None:
        continue
    total += r
print(total)
