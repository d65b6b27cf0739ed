from dataclasses import dataclass
from typing import Literal, Union


@dataclass
class Ok:
    value: int
    kind: Literal["ok"] = "ok"


@dataclass
class Err:
    message: str
    kind: Literal["err"] = "err"


Result = Union[Ok, Err]


def render(r: Result) -> str:
    if isinstance(r, Ok):
        return "ok " + str(r.value)
    return "error " + r.message


print(render(Ok(3)), render(Err("bad")))
