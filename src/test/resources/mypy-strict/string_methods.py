def slugify(title: str) -> str:
    words = title.lower().split()
    return "-".join(w.strip(".,!?") for w in words)


print(slugify("Hello, World! Type Hints"))
line = "name=ann;age=31"
pairs = [p.split("=") for p in line.split(";")]
print({k: v for k, v in pairs})
print("abc".center(9, "*"), "x".join(["1", "2"]), "Title Case".swapcase())
