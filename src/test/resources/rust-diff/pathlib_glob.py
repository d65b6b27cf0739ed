"""pathlib.Path.glob with a pattern of one component: fnmatch's rules on Linux (compared sorted)."""
from pathlib import Path


def main() -> None:
    d = Path("g")
    d.mkdir()
    for name in ["a.txt", "b.txt", ".hidden.txt", "c.md", "[x].txt", "x", "ab", "a-b", "z9"]:
        (d / name).write_text(name)
    (d / "sub").mkdir()
    print('*.txt', sorted(p.name for p in d.glob('*.txt')))
    print('*', sorted(p.name for p in d.glob('*')))
    print('?', sorted(p.name for p in d.glob('?')))
    print('??', sorted(p.name for p in d.glob('??')))
    print('[ab]*', sorted(p.name for p in d.glob('[ab]*')))
    print('[!ab]*', sorted(p.name for p in d.glob('[!ab]*')))
    print('[a-c].*', sorted(p.name for p in d.glob('[a-c].*')))
    print('*[0-9]', sorted(p.name for p in d.glob('*[0-9]')))
    print('[x].txt', sorted(p.name for p in d.glob('[x].txt')))
    print('[[]x].txt', sorted(p.name for p in d.glob('[[]x].txt')))
    print('nomatch*', sorted(p.name for p in d.glob('nomatch*')))
    print('sub', sorted(p.name for p in d.glob('sub')))
    print('*.TXT', sorted(p.name for p in d.glob('*.TXT')))
    print('[', sorted(p.name for p in d.glob('[')))
    print('a[-]b', sorted(p.name for p in d.glob('a[-]b')))
    print(sorted(Path("missing").glob("*")), sorted(d.glob("*.md")))
    try:
        print(list(d.glob("")))
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
