"""An invalid pattern made at run time raises re.error; uncaught, it ends the program as in
CPython (the message on stderr, exit status 1) after what was printed before."""
import re


def main() -> None:
    parts = ["(ab", "c"]
    print(re.search(parts[1], "abcabc"))
    print(re.search("".join(parts), "abc"))


if __name__ == "__main__":
    main()
