"""Caesar and Vigenere ciphers over ASCII letters."""


def shift_char(ch: str, shift: int) -> str:
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
    return ch


def caesar(text: str, shift: int) -> str:
    return "".join([shift_char(ch, shift) for ch in text])


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out: list[str] = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(shift_char(ch, shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    message = "Attack at Dawn, 6:30!"
    for shift in [1, 3, 13, -4]:
        secret = caesar(message, shift)
        print(f"shift {shift:>3}: {secret} -> {caesar(secret, -shift)}")
    secret = vigenere(message, "lemon")
    print("vigenere:", secret)
    print("decrypted:", vigenere(secret, "lemon", decrypt=True))
    print("rot13 twice is identity:", caesar(caesar(message, 13), 13) == message)
