"""Module-level names read before the module binds them: NameError, as in CPython."""

total: int


def show_limit() -> None:
    print("limit", LIMIT)


def add(n: int) -> None:
    global total
    total += n


def start() -> None:
    global total
    total = 0


if __name__ == "__main__":
    try:
        show_limit()
    except NameError as e:
        print("caught:", e)
    LIMIT = 5
    show_limit()
    try:
        add(1)
    except NameError as e:
        print("caught:", e, repr(e))
    start()
    add(2)
    add(3)
    print(total)
    LIMIT = 6
    show_limit()
    del_me = 1
    print(del_me)
