import re
from typing import Optional


def show(m: Optional[re.Match[str]]) -> None:
    if m is None:
        print("no match")
    else:
        print(m, m.group(), m.span(), m.start(), m.end())


def shout(m: re.Match[str]) -> str:
    return m.group(0).upper() + "!"


def first_word(text: str) -> Optional[str]:
    if (m := re.search(r"[A-Za-z]+", text)) is not None:
        return m.group()
    return None


DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")


def main() -> None:
    show(re.match(r"abc", "abcdef"))
    show(re.match(r"b", "abc"))
    show(re.search(r"b+", "abbbc"))
    show(re.fullmatch(r"a.c", "abc"))
    show(re.fullmatch(r"a.c", "abcd"))
    m = DATE.search("on 2023-07-14 we")
    if m:
        print(m.group("year"), m.group(2), m["day"], m.groups(), m.groupdict())
        print(m.span("month"), m.lastindex, m.lastgroup, m.string, m.re.pattern)
        print(m.group(1, 3), m.expand(r"\g<day>/\2/\1"))
    print(re.findall(r"\d+", "a1b22c333"))
    print(re.findall(r"(\w)=(\d)", "a=1, b=2"))
    print(re.findall(r"(a)|b", "abab"))
    for it in re.finditer(r"\w+", "hello big world"):
        print(it.group(), it.span())
    print(re.sub(r"x*", "-", "abxd"))
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
    print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1 b22 c3", count=2))
    print(re.subn(r"o", "0", "foo boo"))
    print(re.split(r"\s*,\s*", "a , b,c ,d"))
    print(re.split(r"(,)", "a,b,c", maxsplit=1))
    print(re.split(r"(a)|b", "xaybz"))
    print(re.escape("1+1=2? (yes)"))
    print(re.compile(r"a(b)", re.I | re.M), DATE.groups, DATE.flags)
    print(re.match(r"(?i)hello", "HeLLo World"))
    print(re.findall(r"^\w+$", "one\ntwo\nthree", re.MULTILINE))
    print(re.search(r"a.b", "a\nb", re.DOTALL))
    print(re.search(r"""
        (\d+)   # digits
        \s*     # spaces
        (kg|g)  # unit
    """, "weighs 12 kg", re.VERBOSE))
    print(re.search(r"(?<=\$)\d+", "cost: $42"), re.search(r"(?<!\$)\b\d+", "cost: $42 or 7"))
    print(re.search(r"foo(?=bar)", "foobaz foobar"), re.search(r"foo(?!bar)", "foobar foobaz"))
    print(re.search(r"(\w)\1", "abccd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" now"))
    mo = re.match(r"(a)(b)?", "a")
    if mo is not None:
        print(mo.groups(), mo.groups("z"), mo.group(2), mo.span(2), bool(mo))
    pat = "(" + "x"
    try:
        re.compile(pat)
    except re.error as e:
        print("error:", e)
    try:
        re.sub("(a)", r"\2", "a")
    except re.error as e:
        print("error:", e)
    try:
        m3 = re.match("(a)", "a")
        if m3:
            print(m3.group(3))
    except IndexError as e:
        print("IndexError:", e)
    print(re.sub("a", "b", "aaa", 2), re.search("ſ", "S", re.I), re.findall("[a-z]+", "ÀB Kelvin K", re.I))
    print(re.sub(r"\b[a-z]", shout, "one two three"), first_word("123 abc def"), first_word("42"))
    print(re.match("a*", "a" * 100), re.compile("b" * 300), re.match(".*", "é'\"" * 30))
    print(re.findall(r"(a)(b)?(c)?", "a ab abc"), re.findall(r"(?:x)(y)", "xyxy"))
    q = re.compile(r"(?P<k>\w+)=(?P<v>\d+)?")
    for found in q.finditer("a=1 b= c=33"):
        print(found.groupdict(), found.groupdict("-"), found.groups("?"), found.pos, found.endpos)
        print(found.re.pattern, found.expand(r"\g<k>:\g<v>;\n"), found["k"], found.group("v"))
    print(q.pattern, q.flags, q.groups, q.split("a=1 b= c"), q.findall("x=1,y=2"))
    print(q.sub(r"\2=\1", "a=1 b=2", 1), q.subn(lambda x: x.group(1) * 2, "a=1 b=2"))
    print(re.split(r",", "a,b,,c", 1), re.split(r"x*", "axbc"), re.split(r"(?:)", "abc"))
    print(re.sub(r"a", r"\n\t\\", "a"), re.sub(r"(a)", r"\g<1>0", "a"), re.sub("", "-", "abc"))
    for bad in [r"\g<x>", r"\g<2>", r"\q", "\\", r"\g<", r"\g<1a>"]:
        try:
            print(re.sub(r"(a)", bad, "a"))
        except re.error as e:
            print("re.error:", e)
        except IndexError as e:
            print("IndexError:", e)
    try:
        re.compile(r"a" + "{2,1}")
    except re.error as e:
        print("re.error:", e, e.args)
    try:
        re.compile("(?<=a" + "|bc)x")
    except Exception as e:
        print("Exception:", e)
    print(re.search(r"\d+", "abc 123 def", re.ASCII), re.match(r"\w", "é", re.A), re.match(r"(?a)\w", "é"))
    print(re.findall(r"\w+", "héllo wörld 123 _x"), re.findall(r"\d", "1٢3"), re.findall(r"\s", "a\u00a0b\x1cc"))


if __name__ == "__main__":
    main()
