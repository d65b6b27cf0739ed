s = "\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\a\b\f\n\r\t\v\\\"\q\
continued"
b = b"\x00\xff\101\q\n" rb"\x00" Rb"\\" BR"x"
r = r"\n\"" R"\\" r"""
"""
t = """a
b\
c"""
e = ""
