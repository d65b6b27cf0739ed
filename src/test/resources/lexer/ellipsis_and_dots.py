x = ...
y = a . b
from . import c
from .. import d
from ... import e
