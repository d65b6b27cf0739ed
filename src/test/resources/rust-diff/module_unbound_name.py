"""A name of the module's code read before any assignment binds it: NameError, exit 1."""

if __name__ == "__main__":
    for word in ["a", "b"]:
        if word == "z":
            chosen_word = word
    print("looked")
    print(chosen_word)
