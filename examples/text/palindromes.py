"""Palindromes, anagrams and string utilities, by code point."""


def is_palindrome(text: str) -> bool:
    letters = [ch.lower() for ch in text if ch.isalnum()]
    return letters == letters[::-1]


def longest_palindrome(text: str) -> str:
    best = ""
    for i in range(len(text)):
        for j in range(i + 1, len(text) + 1):
            candidate = text[i:j]
            if len(candidate) > len(best) and candidate == candidate[::-1]:
                best = candidate
    return best


def signature(word: str) -> str:
    return "".join(sorted(word.lower()))


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        key = signature(word)
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return [group for group in groups.values() if len(group) > 1]


if __name__ == "__main__":
    phrases = ["A man, a plan, a canal: Panama", "Hello, world", "Was it a car or a cat I saw?", "été"]
    for phrase in phrases:
        print(f"{phrase!r:35} palindrome={is_palindrome(phrase)}")
    print("longest:", longest_palindrome("forgeeksskeegfor"))
    print("reversed:", "naïve café"[::-1], len("naïve café"))
    words = ["listen", "silent", "enlist", "google", "banana", "inlets", "gogole", "apple"]
    print(group_anagrams(words))
    title = "the lord of the rings"
    print(title.title(), "|", title.upper(), "|", title.replace("the", "a", 1))
    print(title.count("the"), title.find("lord"), title.find("ring"), title.find("xyz"))
    print(title.startswith("the"), title.endswith("rings"), "  padded  ".strip() + "!")
