"""textwrap as CPython 3.11 runs it: wrap/fill at every width from 1 to 40 over paragraphs with
hyphenated words, em-dashes, long words, tabs, runs of spaces, newlines, sentence endings and
non-ASCII letters and digits; the keyword arguments of TextWrapper (indents, break_long_words,
break_on_hyphens, expand_tabs/tabsize, replace_whitespace, drop_whitespace, fix_sentence_endings,
max_lines/placeholder); shorten; dedent; indent with and without a predicate; and the ValueErrors
of a width under 1 and of a placeholder too large."""
import textwrap
from textwrap import dedent, fill, indent, shorten, wrap

PARAGRAPHS: list[str] = [
    "The quick brown fox jumps over the lazy dog.",
    "Hello there -- you goof-ball, use the -b option!",
    "A well-known, state-of-the-art, self-contained re-entrant X-ray e-mail.",
    "Supercalifragilisticexpialidocious words overflow narrow columns quite badly.",
    "tabs\there\tand\tthere,\t\tand  multiple   spaces    inside.",
    "First line.\nSecond line!  Third one?  \"Quoted.\" 'Single!' Mr. Smith went home.",
    "naïve café — Ünïcödé wörds, straße-artig, 東京 タワー, and ٣٤٥-digits x-1 a--b --c d-- e--f.",
    "   leading and trailing spaces   ",
    "hyphen-at-end- -start -- --- a---b ab--cd 12-34 ab-12 x_y-z_w 'quoted'--dash",
    "one\r\ntwo\x0bthree\x0cfour\rfive",
    "aaaa-bbbb-cccc-dddd-eeee-ffff-gggg-hhhh-iiii",
    "--------------------------------------------",
    "end. Of sentence. e.g. this? yes! \"no.\" OK.",
    "",
    "x",
    "\u00a0non\u00a0breaking\u2003em\u2003space",
]


def widths() -> None:
    for p in PARAGRAPHS:
        for w in range(1, 41):
            print(w, wrap(p, w))
            print(repr(fill(p, width=w, break_on_hyphens=False)))


def options() -> None:
    p = PARAGRAPHS[1] + " " + PARAGRAPHS[2]
    for w in [5, 9, 12, 20, 33]:
        print(wrap(p, w, initial_indent="* ", subsequent_indent="    "))
        print(wrap(p, w, break_long_words=False))
        print(wrap(p, w, break_long_words=False, break_on_hyphens=False))
        print(wrap(PARAGRAPHS[4], w, expand_tabs=False))
        print(wrap(PARAGRAPHS[4], w, tabsize=3))
        print(wrap(PARAGRAPHS[4], w, tabsize=0))
        print(wrap(PARAGRAPHS[4], w, expand_tabs=False, replace_whitespace=False))
        print(wrap(PARAGRAPHS[9], w, replace_whitespace=False))
        print(wrap(PARAGRAPHS[7], w, drop_whitespace=False))
        print(wrap(PARAGRAPHS[5], w, fix_sentence_endings=True))
        print(wrap(PARAGRAPHS[12], w, fix_sentence_endings=True, drop_whitespace=False))
        for lines in [1, 2, 3]:
            print(wrap(p, w + 4, max_lines=lines))
            print(wrap(p, w + 4, max_lines=lines, placeholder="..."))
            print(fill(p, width=w + 10, max_lines=lines, placeholder=" (more)", initial_indent="> "))
    print(fill(PARAGRAPHS[6], 24, initial_indent="\t", subsequent_indent="  | "))
    print(fill(PARAGRAPHS[10], 7, subsequent_indent="......"))


def shortening() -> None:
    for w in range(6, 50, 3):
        print(repr(shorten(PARAGRAPHS[0] + "  " + PARAGRAPHS[5], w)))
        print(repr(shorten(PARAGRAPHS[2], width=w, placeholder="...")))
        print(repr(textwrap.shorten(PARAGRAPHS[3], w, break_long_words=False)))
    print(repr(shorten("Hello  world!", width=12)), repr(shorten("Hello  world!", width=11)))
    print(repr(shorten("  \t  ", 10)))


def dedenting() -> None:
    samples = [
        "    def f():\n        return 1\n    \n    x = 2\n",
        "\thello\n\t  world\n  \n",
        "  a\n\tb\n",
        "    one\n      two\n   three\n",
        "no indent\n   at all\n",
        "   \n  \t\n",
        "  x\r\n  y\r\n",
        "",
    ]
    for s in samples:
        print(repr(dedent(s)))
    print(repr(textwrap.dedent("""
        A docstring-like block
          with a nested line
        and a tail.
    """)))


def long_line(line: str) -> bool:
    print("asked about", repr(line))
    return len(line) > 5


def indenting() -> None:
    s = "alpha\n\n  beta\r\ngamma\x0cdelta\u2028epsilon\n   \nzeta"
    print(repr(indent(s, "> ")))
    print(repr(indent(s, "+ ", lambda line: True)))
    print(repr(textwrap.indent(s, "# ", predicate=lambda line: line.startswith(" "))))
    # typeshed wants a bool, CPython tests any result for truth (its docs' example returns a str)
    print(repr(indent(s, "~", lambda line: line.strip())))  # type: ignore[arg-type,return-value]
    print(repr(indent(s, "%", lambda line: len(line) % 3)))  # type: ignore[arg-type,return-value]
    print(repr(indent(s, "!", long_line)))
    print(repr(indent("", "x")))


def errors() -> None:
    for w in [0, -3]:
        try:
            print(wrap("some text", w))
        except ValueError as e:
            print("ValueError:", e)
        try:
            print(fill("", width=w))
        except ValueError as e:
            print("ValueError:", e)
    try:
        print(shorten("some long text here", 4))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(wrap("some long text here", 8, max_lines=2, subsequent_indent="    "))
    except ValueError as e:
        print("ValueError:", e)
    print(wrap("some long text here", 8, max_lines=1, subsequent_indent="      "))


widths()
options()
shortening()
dedenting()
indenting()
errors()
