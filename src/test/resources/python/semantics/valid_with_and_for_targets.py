import io

with io.StringIO('a,b') as fh:
    text = fh.read()
for i, part in enumerate(text.split(',')):
    last = (i, part)
print(last)
