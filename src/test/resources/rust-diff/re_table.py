"""A table of patterns and subjects: each case is matched at run time (the patterns are not
constants the translation could read) and every result is printed, to compare with CPython."""
import re
from typing import List, Optional, Tuple

I = 2
M = 8
S = 16
X = 64
A = 256

CASES: List[Tuple[str, int, str]] = [
    ("abc", 0, "xabcabc"),
    ("a.c", 0, "a\nc abc"),
    ("a.c", S, "a\nc abc"),
    ("^b", 0, "a\nb"),
    ("^b", M, "a\nb"),
    ("a$", 0, "a\na\n"),
    ("a$", M, "a\na\n"),
    (r"\Aa|b\Z", 0, "ab\nb"),
    (r"\bfoo\b", 0, "foo foobar (foo)"),
    (r"\Bo\B", 0, "foo boo o"),
    (r"\d+", 0, "a12b3 ٣٤"),
    (r"\d+", A, "a12b3 ٣٤"),
    (r"\D+", 0, "ab12cd"),
    (r"\w+", 0, "héllo_wörld 42 ñ-x"),
    (r"\w+", A, "héllo_wörld 42"),
    (r"\W+", 0, "a, b;  c"),
    (r"\s+", 0, "a \t\nb\u00a0c\u2003d\x1ce"),
    (r"\S+", 0, " ab  cd "),
    ("[a-c]+", 0, "xxabcabd"),
    ("[^a-c]+", 0, "abxyzc"),
    ("[]a]+", 0, "a]b"),
    ("[a-]+", 0, "a-b"),
    (r"[\d.]+", 0, "v1.25 ok"),
    (r"[\w-]+", 0, "foo-bar baz"),
    (r"[\^x]", 0, "a^b"),
    ("colou?r", 0, "color colour colouur"),
    ("a*", 0, "baaa"),
    ("a+?", 0, "aaa"),
    ("a*?b", 0, "aaab"),
    ("a{2}", 0, "aaaaa"),
    ("a{2,3}", 0, "aaaaaaa"),
    ("a{2,}", 0, "a aa aaaaa"),
    ("a{,2}", 0, "aaa"),
    ("a{2,3}?", 0, "aaaa"),
    ("a{,}", 0, "aa"),
    ("x{", 0, "x{"),
    ("x{1", 0, "x{1"),
    ("x{a}", 0, "x{a}"),
    ("cat|dog", 0, "hotdog catalog"),
    ("a|ab|abc", 0, "abc"),
    ("(a|ab)(c|bcd)(d*)", 0, "abcd"),
    ("(a)|(b)", 0, "b"),
    ("(a)(b)?(c)", 0, "ac"),
    ("(?:ab)+", 0, "ababab"),
    ("(ab)+", 0, "ababab"),
    ("(a|b)*c", 0, "abbac"),
    ("(a*)*", 0, "b"),
    ("(a*)+", 0, "b"),
    ("(a|)*", 0, "aa"),
    ("(a*)*?b", 0, "aab"),
    (r"(\w+)\s\1", 0, "hello hello world"),
    (r"(?P<w>\w)(?P=w)", 0, "abccd"),
    (r"(?i)(a)\1", 0, "aA"),
    ("(?i)straße", 0, "STRASSE Straße"),
    ("(?i)[a-z]+", 0, "HeLLo ſK"),
    ("(?i)k", 0, "K k \u212a"),
    ("ǅ", I, "Ǆ ǅ ǆ"),
    ("σ", I, "Σ ς σ"),
    ("(?i:a)b", 0, "Ab AB"),
    ("a(?i:b)", 0, "aB AB"),
    ("(?-i:a)b", I, "AB aB"),
    ("(?s:.)x", 0, "\nx"),
    ("(?m)^x", 0, "a\nx"),
    ("(?x) a b c # comment", 0, "abc"),
    ("a b", X, "ab a b"),
    (r"a\ b", X, "ab a b"),
    ("a[ ]b", X, "a b"),
    ("foo(?=bar)", 0, "foobaz foobar"),
    ("foo(?!bar)", 0, "foobar foobaz"),
    (r"(?<=\$)\d+", 0, "$10 and 20"),
    (r"(?<!\$)\b\d+", 0, "$10 and 20"),
    ("(?<=ab|cd)x", 0, "abx cdx"),
    ("(?=(a+))a*b", 0, "aaab"),
    ("(?>a+)b", 0, "aaab"),
    ("(?>a+)ab", 0, "aaab"),
    ("a++b", 0, "aaab"),
    ("a++ab", 0, "aaab"),
    ("a*+a", 0, "aaa"),
    ("(a)?(?(1)b|c)", 0, "ab c"),
    ("(?P<x>a)?(?(x)b|c)", 0, "c ab"),
    (r"\x41\u00e9\n\t\\", 0, "Aé\n\t\\"),
    (r"\101\0", 0, "A\x00"),
    (r"[\x41-\x43]+", 0, "ABCD"),
    (r"\.\*\+", 0, "a.*+"),
    ("", 0, "abc"),
    ("x*", 0, "abxd"),
    ("a|", 0, "bab"),
    (r"\b", 0, "ab cd"),
    ("$", 0, "ab\n"),
    ("^", M, "a\nb\n"),
    ("(?:)", 0, ""),
    (r"(\d+)-(\d+)", 0, "10-20, 3-4"),
    ("((a)(b))", 0, "ab"),
    ("(a)(?:b)(c)", 0, "abc"),
    ("[^\n]+", 0, "ab\ncd"),
    ("ä+", I, "ÄäÄ"),
    ("é", 0, "cafe\u0301 café"),
    ("\U0001F600+", 0, "smile \U0001F600\U0001F600!"),
    (".", 0, "\U0001F600"),
    ("(", 0, "x"),
    ("a)", 0, "x"),
    ("*a", 0, "x"),
    ("a**", 0, "x"),
    ("a{3,2}", 0, "x"),
    ("[a", 0, "x"),
    ("[z-a]", 0, "x"),
    (r"\q", 0, "x"),
    ("(?P<1>a)", 0, "x"),
    ("(?P=nope)", 0, "x"),
    ("(?<=a+)b", 0, "x"),
    ("(?z)", 0, "x"),
    ("a(?i)b", 0, "x"),
    (r"\2(a)", 0, "x"),
    ("x\\", 0, "x"),
    ("(?#unterminated", 0, "x"),
    ("ab\n(", 0, "x"),
    ("(?P<a>x)(?P<a>y)", 0, "x"),
    ("(?i", 0, "x"),
    (r"\x4", 0, "x"),
    ("(?<a>x)", 0, "x"),
    ("(?P<a>x", 0, "x"),
    ("[\\d-z]", 0, "x"),
    ("(a)(?<=\\1)", 0, "aa"),
]


def spans(m: Optional[re.Match[str]], groups: int) -> str:
    if m is None:
        return "None"
    return str([m.span(g) for g in range(groups + 1)]) + " " + str([m.group(g) for g in range(groups + 1)])


def run(pattern: str, flags: int, subject: str) -> None:
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print("error:", e)
        return
    n = p.groups
    print(" match:", p.match(subject), spans(p.match(subject), n))
    print(" search:", p.search(subject), spans(p.search(subject), n))
    print(" fullmatch:", p.fullmatch(subject))
    print(" finditer:", [spans(m, n) for m in p.finditer(subject)])
    print(" lastindex:", [(m.lastindex, m.lastgroup) for m in p.finditer(subject)])
    print(" sub:", p.sub("<\\g<0>>", subject), p.subn("-", subject))
    print(" sub fn:", p.sub(lambda m: m.group().upper() + str(m.start()), subject, count=2))
    print(" split:", p.split(subject), p.split(subject, maxsplit=1))
    if n > 0:
        print(" sub groups:", p.sub("[\\1]", subject))
    print(" search from 1:", p.search(subject, 1), p.match(subject, 1, len(subject) - 1))


def main() -> None:
    for pattern, flags, subject in CASES:
        print(repr(pattern), flags, repr(subject))
        run(pattern, flags, subject)
    print(re.escape("".join(chr(c) for c in range(32, 127))))
    print(re.escape("tab\there\nnewline é ñ"))


if __name__ == "__main__":
    main()
