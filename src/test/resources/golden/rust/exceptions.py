class InputError(Exception):
    pass


def parse(text: str) -> int:
    if not text.isdigit():
        raise InputError(f"not a number: {text}")
    return int(text)


if __name__ == "__main__":
    for text in ["12", "x"]:
        try:
            value = parse(text)
        except InputError as e:
            print("error:", e)
        else:
            print("value:", value)
        finally:
            print("done", text)
    parse("oops")
