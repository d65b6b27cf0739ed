"""An uncaught exception: Python prints the traceback and exits with status 1."""


def validate(age: int) -> int:
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


if __name__ == "__main__":
    print("valid:", validate(30))
    print("about to fail")
    validate(-4)
    print("never printed")
