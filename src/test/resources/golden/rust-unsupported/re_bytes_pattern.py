import re

m: re.Match[bytes]
