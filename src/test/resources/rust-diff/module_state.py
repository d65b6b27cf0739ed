"""Module-level state that functions read, mutate and rebind."""

counter = 0
history: list[str] = []
totals: dict[str, int] = {}
seen: set[int] = set()
last_name: str = ""
best: tuple[int, str] = (0, "nobody")


def record(name: str, amount: int) -> int:
    global counter, last_name
    counter += 1
    last_name = name
    history.append(f"{name}:{amount}")
    totals[name] = totals.get(name, 0) + amount
    seen.add(amount)
    return counter


def promote(name: str) -> None:
    global best
    if totals[name] > best[0]:
        best = (totals[name], name)


def reset() -> None:
    global history, counter
    history = []
    counter = 0


def shadow() -> int:
    counter = 100
    return counter + 1


if __name__ == "__main__":
    record("ann", 5)
    record("bob", 7)
    record("ann", 4)
    for n in ["ann", "bob"]:
        promote(n)
    print(counter, last_name, history, totals, len(seen), best)
    print(shadow(), counter)
    counter += 10
    print(counter)
    old = history
    reset()
    print(counter, history, old)
    counter = 3
    record("cy", 1)
    print(counter, history)
    last_name, counter = "zed", 42
    print(last_name, counter)
    for counter in range(3):
        pass
    print(counter)
