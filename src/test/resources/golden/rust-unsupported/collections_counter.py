from collections import Counter

print(Counter("hello").most_common(1))
