import re

PAT = re.compile(r"""
    (?P<key>\w+)   # the key
    =
    (?P<key>\w+)   # the value, misnamed
""", re.VERBOSE)
