from typing import ClassVar


class Config:
    default_retries: ClassVar[int] = 3
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def retries(self) -> int:
        return self.default_retries * 2


c = Config("svc")
print(c.name, c.retries(), Config.default_retries)
