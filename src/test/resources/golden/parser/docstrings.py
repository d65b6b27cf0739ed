def f():
    """Docstring."""
    "another"
    b"bytes"
