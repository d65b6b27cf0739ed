import math as m

print(m.golden_ratio)
