import re

print(re.findall(r"(\d+", "a1b2"))
