def size(path: str) -> int:
    with open(path, "rb") as f:
        return len(f.read())


print(size("x.bin"))
