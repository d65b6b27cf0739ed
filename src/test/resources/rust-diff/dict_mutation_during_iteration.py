"""Adding and removing dict keys while iterating: CPython carries on over its entries array,
raises 'dictionary keys changed during iteration', or 'changed size', and each is catchable."""


def swap_keys(d: dict[int, int]) -> None:
    # Delete one key and add another each step: the size stays the same.
    try:
        for k in d:
            print("at", k)
            del d[k]
            d[k + 100] = k
    except RuntimeError as e:
        print("caught:", e)
    print(d)


def replace_then_resize(n: int) -> None:
    d: dict[int, int] = {}
    for i in range(n):
        d[i] = i
    seen: list[int] = []
    try:
        for k in d:
            seen.append(k)
            if k < 1000:
                del d[k]
                d[k + 1000] = k
    except RuntimeError as e:
        print("caught:", e)
    print(n, seen, len(d))


def items_and_values() -> None:
    d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
    try:
        for key, value in d.items():
            if key == "b":
                del d["a"]
                d["z"] = 26
            print(key, value)
    except RuntimeError as e:
        print("caught:", e)
    try:
        for v in d.values():
            d.pop("c", 0)
            print(v)
    except RuntimeError as e:
        print("caught:", e)
    print(d)


def copies() -> None:
    d: dict[int, str] = {}
    for i in range(12):
        d[i] = str(i)
    for i in range(0, 12, 2):
        del d[i]
    for source in [d, d.copy(), dict(d)]:
        try:
            for k in source:
                source.pop(k)
                source[k * 50] = "x"
        except RuntimeError as e:
            print("caught:", e)
        print(source)


def comprehension() -> None:
    d = {1: 1, 2: 2, 3: 3}
    try:
        print([d.pop(k) + len(d) for k in d])
    except RuntimeError as e:
        print("caught:", e)
    big = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12,
           13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20}
    try:
        for k in big:
            del big[k]
            big[k + 21] = k
    except RuntimeError as e:
        print("caught:", e)
    print(len(big), list(big)[:5])


if __name__ == "__main__":
    swap_keys({1: 1, 2: 2, 3: 3})
    swap_keys({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6})
    for n in [1, 2, 3, 4, 5, 6, 8, 10, 11, 15, 21, 22]:
        replace_then_resize(n)
    items_and_values()
    copies()
    comprehension()
    d = {1: 1, 2: 2}
    d.clear()
    d[5] = 5
    for k in d:
        d[k + 1] = k
    print("not reached")
