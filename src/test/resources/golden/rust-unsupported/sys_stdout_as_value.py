import sys

out = sys.stdout
out.write("x")
