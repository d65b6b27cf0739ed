"""string as CPython 3.11 has it: every constant (printed with repr, measured, used for membership and
as a translation alphabet), and capwords with and without sep, including runs of whitespace, an
empty string, a non-ASCII word and the empty separator's ValueError."""
import string
from string import ascii_lowercase, capwords


def caesar(text: str, shift: int) -> str:
    out = ""
    for ch in text:
        if ch in string.ascii_lowercase:
            out += ascii_lowercase[(ascii_lowercase.index(ch) + shift) % 26]
        elif ch in string.ascii_uppercase:
            out += string.ascii_uppercase[(string.ascii_uppercase.index(ch) + shift) % 26]
        else:
            out += ch
    return out


def constants() -> None:
    for value in [string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits,
                  string.hexdigits, string.octdigits, string.punctuation, string.printable, string.whitespace]:
        print(len(value), repr(value))
    print(string.digits + string.hexdigits)
    print([c for c in "a1-B2 z!" if c in string.punctuation or c in string.digits])
    print(sum(1 for c in "Hello, World 42!" if c in string.ascii_letters))
    print(caesar("Hello, World!", 3), caesar(caesar("Zebra-Quiz", 13), 13))
    print(string.whitespace.isspace(), string.printable.isprintable(), string.octdigits.isdigit())


def capitalised() -> None:
    print(capwords("hello world"))
    print(string.capwords("  the   quick\tbrown\nfox  "))
    print(repr(string.capwords("")), repr(string.capwords("   ")))
    print(string.capwords("ÉCOLE élève ǆungla"))
    print(string.capwords("o'neil mcDONALD x-ray"))
    print(string.capwords("a-b-c  d-e", "-"))
    print(repr(string.capwords("--a--b--", "-")))
    print(string.capwords("one, two, three", ", "))
    print(string.capwords("HELLO WORLD", None))
    print(string.capwords("x y", sep=" "))
    try:
        print(string.capwords("a b", ""))
    except ValueError as e:
        print("ValueError:", e)


constants()
capitalised()
