print(__name__, __doc__ is None, type(__builtins__).__name__ in ('dict', 'module'))
