"""textwrap's chunking and line filling on generated text: strings drawn (by a fixed linear
congruential generator) from letters, digits, hyphens, punctuation, the six whitespace characters
textwrap knows, other Unicode spaces and non-ASCII letters, wrapped at several widths with
break_on_hyphens, break_long_words, drop_whitespace, fix_sentence_endings and max_lines varied,
then dedented and indented."""
from textwrap import dedent, fill, indent, shorten, wrap

ALPHABET: str = "ab-zé東_1٣--  \t\n.,!?'\"&x-\u00a0\u2003\x0b\r"
PIECES: list[str] = ["co-op", "--", "e-mail", "ab", "-x", "x-", "Mr.", "end.", " ", "  ", "\t", "\n    ",
                     "well-known", "a-b-c", "9-9", "ü-ö", "---", "word"]

state: int = 12345


def next_int(n: int) -> int:
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state // 65536) % n


def text(n: int) -> str:
    out: list[str] = []
    for _ in range(n):
        if next_int(3) == 0:
            out.append(PIECES[next_int(len(PIECES))])
        else:
            out.append(ALPHABET[next_int(len(ALPHABET))])
    return "".join(out)


def main() -> None:
    for case in range(300):
        t = text(5 + next_int(40))
        w = 1 + next_int(16)
        print(case, repr(t), w)
        print(wrap(t, w))
        print(wrap(t, w, break_on_hyphens=False, drop_whitespace=False))
        print(wrap(t, w, break_long_words=False, fix_sentence_endings=True, replace_whitespace=False))
        try:
            print(wrap(t, w + 3, max_lines=1 + next_int(3), placeholder=" ~"))
        except ValueError as e:
            print("ValueError:", e)
        try:
            print(repr(shorten(t, w + 2)))
        except ValueError as e:
            print("ValueError:", e)
        print(repr(fill(t, w + 1, initial_indent="-", subsequent_indent=" " * next_int(4))))
        print(repr(dedent(t)), repr(indent(t, "|")))


main()
