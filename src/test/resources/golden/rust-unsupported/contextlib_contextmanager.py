from contextlib import contextmanager
from typing import Iterator


@contextmanager
def tag(name: str) -> Iterator[None]:
    print("<" + name + ">")
    yield
    print("</" + name + ">")
