import sys

with open(sys.argv[1]) as cases:
    rows = [line.strip() for line in cases if line.strip() and not line.startswith("#")]
for i, row in enumerate(rows):
    path = f"case{i}.txt"
    with open(path, "wb") as f:
        f.write(bytes.fromhex(row))
    try:
        with open(path, encoding="utf-8") as f:
            print(i, "ok", repr(f.read()))
    except UnicodeDecodeError as e:
        print(i, f"UnicodeDecodeError: {e}")
