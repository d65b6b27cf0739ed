words = ["apple", "kiwi", "banana"]
lengths = {w: len(w) for w in words}
inverse = {v: k for k, v in lengths.items()}
print(lengths)
print(inverse[4])
print(sorted(lengths, key=lambda k: lengths[k]))
