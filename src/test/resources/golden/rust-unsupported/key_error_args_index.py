try:
    raise KeyError("k")
except LookupError as e:
    print(e.args[0])
