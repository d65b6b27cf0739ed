def touch(path: str, mode: str) -> None:
    with open(path, mode) as f:
        f.write("")


touch("x.txt", "w")
