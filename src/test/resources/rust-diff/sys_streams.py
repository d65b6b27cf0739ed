"""sys.stdout.write returns the number of characters; stderr output does not reach stdout;
print(sep=, end=, file=) and flush."""
import sys
from sys import stderr, stdout

n = sys.stdout.write("héllo\n")
print("wrote", n)
m = sys.stderr.write("to stderr\n")
print("stderr wrote", m)
print("a", "b", "c", sep="-", end="!\n", file=sys.stdout)
print("error line", 42, file=sys.stderr)
print("no newline", end="", file=stderr)
print("x", 1, 2.5, sep=", ", flush=True)
stdout.write("from the from-import\n")
sys.stdout.flush()
sys.stderr.flush()
print(stdout.write(""))
total = 0
for word in ["alpha", "beta", "γάμμα"]:
    total += sys.stdout.write(word + " ")
print()
print("total", total)
