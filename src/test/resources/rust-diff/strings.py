"""str by code point: indexing, slicing, methods."""


def describe(word: str) -> str:
    kinds: list[str] = []
    if word.isdigit():
        kinds.append("digits")
    if word.isalpha():
        kinds.append("letters")
    if word.isupper():
        kinds.append("upper")
    if word.islower():
        kinds.append("lower")
    return ",".join(kinds) if kinds else "-"


if __name__ == "__main__":
    s = "héllo, wörld"
    print(s[0], s[1], s[-1], s[2:5], s[::2], s[::-1], s[-5:], s[:100], s[7:3], len(s))
    print(s.upper(), s.title(), s.capitalize(), s.count("l"), s.find("ö"), s.find("z"), s.rfind("l"))
    print(s.replace("l", "L"), s.replace("l", "L", 2), s.split(", "), "a b  c ".split(), "x,y,,z".split(","))
    print("  pad  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip() + "|")
    print("abc" < "abd", "Z" < "a", "é" > "z", "ab" in "cabd", "q" not in "cabd")
    print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), "ab" * 3, "=" * 0)
    print(ord("A"), ord("é"), chr(97), chr(233), chr(0x1F600))
    for word in ["123", "abc", "ABC", "abc1", "Ab"]:
        print(word, describe(word))
    print("left".ljust(8, ".") + "|", "right".rjust(8) + "|", "mid".center(9, "*"), "42".zfill(5), "-42".zfill(5))
    print("a\tb\nc".splitlines(), "line1\nline2\n".splitlines())
    print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("back\\slash"))
    print("Hello".startswith("He"), "Hello".endswith("lo"), "Hello".startswith("lo"))
    total = ""
    for ch in "abc":
        total = ch + total
    total += "!"
    print(total, str(12) + str(3.5) + str(True) + str(None))
    print(s.index("w"), "title case words here".title(), "MiXeD".lower())
