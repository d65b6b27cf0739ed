from pathlib import Path

seen = {Path("a"), Path("b")}
print(len(seen))
