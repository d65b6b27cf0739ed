import re

PATTERNS = [re.compile(r"a(b)"), re.compile(r"(c)(d)?")]
