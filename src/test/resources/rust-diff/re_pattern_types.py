"""Patterns of different groups in one annotated list (re.Pattern[str] without a shape), and a
Match variable rebound to another pattern's match, compared with CPython."""
import re


def parse(line: str) -> str:
    m = re.match(r"(\d+)-(\d+)", line)
    if m:
        return m.group(1)
    m = re.match(r"(\w+)", line)
    if m:
        return m.group(1)
    return "?"


def main() -> None:
    print(parse("10-20"), parse("abc"), parse("!"))
    pats: list[re.Pattern[str]] = [re.compile(r"a(b)"), re.compile(r"(c)(d)?")]
    for q in pats:
        mm = q.search("xabcd")
        if mm is not None:
            print(mm.group(2) if q.groups > 1 else mm.group(1), mm.span())
    for p in pats:
        print(p.search("xabcd"))


if __name__ == "__main__":
    main()
