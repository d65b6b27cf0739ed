import bisect

people = [("ann", 19), ("bob", 25)]
print(bisect.bisect_left(people, ("cy", 20), key=lambda p: p[1]))
