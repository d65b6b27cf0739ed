import os

os.rename("a.txt", "b.txt")
