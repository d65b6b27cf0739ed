def log(message: str, out: list[str]) -> None:
    print(message, file=out)


log("x", [])
