import statistics

print(statistics.geometric_mean([1.0, 2.0, 4.0]))
