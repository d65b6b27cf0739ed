def shout(text: str) -> str:
    return text.upper() + "!"


if __name__ == "__main__":
    s = "naïve"
    print(s[1], s[-1], s[1:3], s[::-1], len(s), "ï" in s)
    print(shout(s), s.replace("a", "A"), s.split("ï"), "-".join(["x", "y"]))
    print(ord("a"), chr(98), "ab" * 2, s.startswith("na"))
