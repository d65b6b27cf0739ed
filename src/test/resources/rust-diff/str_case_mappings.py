# str.upper()/lower()/title()/capitalize() map characters as CPython 3.11 does: full mappings
# (ß -> SS, ŉ -> ʼN, ﬁ -> FI, İ -> i̇), the final sigma rule, and no mapping for characters that
# Unicode 14.0.0 (CPython 3.11's) has no case for, though later Unicode versions do (U+1C89,
# U+A7CB, U+A7DA, Garay U+10D50).


def show(s: str) -> None:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), [len(s.upper()), len(s.lower())])


def main() -> None:
    for s in ["straße", "ŉ ﬁx ﬀ", "İstanbul", "ΣΑΣ ΟΔΟΣ", "ΑΣ.", "Σ", "aΣb", "aΣ", "a'Σ", "ǅ ǆ Ǆ", "ꭰꭱ Ꭰ", "ა Ა", "Hello World", "ÀÉÎ õü"]:
        show(s)
    for s in ["\u1c89\u1c8a", "\ua7cb\ua7cc\ua7da\ua7db", "\U00010d50\U00010d70", "\ua7c0\ua7c1", "\u2c2f\u2c5f"]:
        print([ord(c) for c in s.upper()], [ord(c) for c in s.lower()], [ord(c) for c in s.title()], [ord(c) for c in s.capitalize()])
    print("MiXeD 123".lower(), "MiXeD 123".upper())


if __name__ == "__main__":
    main()
