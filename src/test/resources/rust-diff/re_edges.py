"""Edge cases of re compared with CPython: negative counts, zero-width patterns in split and sub,
fullmatch backtracking into an alternative, '$' before a final newline, case folding of title case."""
import re


def main() -> None:
    print(re.split(",", "a,b", -1), re.sub("a", "b", "aaa", -1), re.subn("a", "b", "aaa", -2))
    print(re.match(r"(?x) a # c", "a"), re.findall(r"(?i)ǅ", "Ǆǅǆ"))
    print(re.sub(r"(?<=a)", "-", "aaa"), re.split("(?=b)", "abab"), re.split(r"\b", "hi there"))
    print(re.fullmatch(r"a|ab", "ab"), re.search(r"$", "a\n"), re.findall(r"$", "a\n"), re.findall(r"(?m)$", "a\nb\n"))
    print(re.findall(r"\bé\w*", "été école Été"), re.findall(r"(?i)\bé\w*", "été école Été"))
    print(re.sub(r"(?P<d>\d)", r"<\g<d>\g<d>>", "a1b2"), re.sub(r"\s+", " ", "  a \t b\n\nc  "))
    print(re.findall(r"[^\W\d_]+", "abc_123 déf4"), re.findall(r"[\s\S]", "a\n"), re.findall(r"[.]", "a.b"))
    print(re.search(r"a{3}", "aa aaa"), re.search(r"(?:a|b){2,}?c", "ababc"), re.search(r"x??y", "xy"))
    print(re.split(r"(\s)(x)?", "a b  c"), re.split(r"", "ab"), re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
    words = re.compile(r"(?P<first>\w+)\s+(?P<last>\w+)")
    for name in ["Ada Lovelace", "Grace  Hopper", "Linus"]:
        m = words.fullmatch(name)
        print(m.group("last") if m is not None else "-", bool(m), m.groupdict() if m else {})
    print(re.compile(r"\d").sub("#", "a1b22", count=1), re.compile(r"x").split("axbxc", maxsplit=1))
    print(re.compile("ab", re.I).search("xxAB", 1), re.compile("ab").match("xab", pos=1), re.compile("^ab").search("xab", 1))
    print(re.compile(r"b$").search("abc", endpos=2), re.compile(r"(?m)^b").findall("ab\nb", 1))
    p, q, r = re.compile("a"), re.compile("a"), re.compile("a", re.I)
    m1, n1 = p.match("a"), p.match("a")
    print(p == q, p == r, p != r, m1 == n1, m1 == m1, m1 is None)


if __name__ == "__main__":
    main()
