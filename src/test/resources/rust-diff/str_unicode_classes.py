# str predicates and case mappings use CPython's Unicode 14.0.0 tables: isdigit is
# Numeric_Type Digit/Decimal, isalpha the L* categories, isspace includes U+001C..U+001F,
# title case differs from upper case (ǅ, ß -> Ss, ligatures), and repr escapes every
# character str.isprintable() rejects.


def classes(s: str) -> None:
    print(
        repr(s),
        s.isdigit(),
        s.isdecimal(),
        s.isnumeric(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
        s.istitle(),
        s.isprintable(),
    )


def main() -> None:
    for s in ["Ⅷ", "½", "〇", "ा", "٣", "１２", "²", "①", "߀", "𝟘", "a1", "中", "ª", "ʰ", "ǅ", "Ǆǅ", "aǅ"]:
        classes(s)
    for s in ["", " ", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u200b", "\u2028", "\u3000", "\t\n", "ABC", "Abc Def", "abc", "ǅemal", "ᾈ", "ΣΑΣ"]:
        classes(s)
    s: str = "ǆemal ßa ﬁne"
    print(s.title())
    print(s.capitalize())
    for t in ["hello world", "HELLO wORLD", "ǉubljana ǌ", "ŉ x", "ﬀ ﬃ ﬆ", "中a 1b", "they're bill's", "ΣΑΣ ΟΔΟΣ", "aΣ b", "ΑΣ.", "a'Σ"]:
        print(t.title(), t.capitalize(), t.istitle(), t.title().istitle())
    u: str = "\x1cab\x1f"
    print(len(u.strip()), len(u.lstrip()), len(u.rstrip()))
    print(len(" \x1e x \x85".split()))
    print(" \u3000a\u2003b\x1fc\x0b ".split())
    print("\xa0x\u200a".strip(), "\u200bx\u200b".strip() == "x")
    print(repr("a\u200bb"))
    print(["\xa0", "\ufeff", "\u2028", "\ud7ff"])
    print(["\xad", "\x85", "\u0378", "\ue000", "\U000e0001", "\U0001f600", "é", "\u3000", "\u061c", "\t"])
    print(repr("it's \u2029"), repr("say \"\u00a0\" it's"))


if __name__ == "__main__":
    main()
