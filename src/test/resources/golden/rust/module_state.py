MAX_ITEMS = 3
calls = 0
log: list[str] = []


def remember(item: str) -> bool:
    global calls
    calls += 1
    if len(log) >= MAX_ITEMS:
        return False
    log.append(item)
    return True


if __name__ == "__main__":
    for word in ["a", "b", "c", "d"]:
        remember(word)
    print(calls, log)
