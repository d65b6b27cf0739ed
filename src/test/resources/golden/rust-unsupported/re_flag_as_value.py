import re

FLAGS = re.IGNORECASE
print(FLAGS)
