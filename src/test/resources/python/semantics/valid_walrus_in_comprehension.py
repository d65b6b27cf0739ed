def f() -> int:
    if any((hit := v) > 2 for v in [1, 3]):
        return hit
    return 0


print(f(), [y := n for n in range(3)], y)
