words = ['a', 'bb']
lengths = {w: len(w) for w in words}
print(lengths, sum(len(w) for w in words))
