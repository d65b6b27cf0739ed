import statistics

print(statistics.quantiles([1, 2, 3, 4, 5]))
