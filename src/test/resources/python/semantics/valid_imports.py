import os.path
import collections.abc as cabc
from math import sqrt as root
print(os.sep, cabc.Sequence.__name__, root(4.0))
