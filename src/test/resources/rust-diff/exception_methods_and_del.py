"""An exception class with its own method and a field named msg; del of a module-level name that may be unbound."""

class ParseError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(msg)
        self.line = line
        self.msg = msg

    def describe(self) -> str:
        return f"line {self.line}: {self.msg}"


def parse(lines: list[str]) -> int:
    total = 0
    for i, text in enumerate(lines):
        if not text.isdigit():
            raise ParseError(i + 1, f"bad number {text!r}")
        total += int(text)
    return total


if __name__ == "__main__":
    try:
        parse(["1", "x"])
    except ParseError as e:
        print(e.describe(), f"{e!r}", e.line)
    if parse(["2"]) > 5:
        xyzzy_flag = 1
    del xyzzy_flag
