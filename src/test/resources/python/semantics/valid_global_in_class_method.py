def bump() -> None:
    global TOTAL
    TOTAL = TOTAL + 1 if 'TOTAL' in globals() else 1


bump()
bump()
print(TOTAL)
