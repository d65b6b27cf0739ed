"""statistics as CPython 3.11 computes it: exact sums rounded once (int data give an int where the
result is whole), correctly rounded standard deviations, medians, modes in first-seen order, and
StatisticsError (a ValueError) with CPython's messages."""
import statistics
from statistics import StatisticsError

ints_a = [1, 2]
ints_b = [2, 4]
ints_c = [1, 2, 3, 4]
ints_d = [2, 4, 4, 4, 5, 5, 7, 9]
big = [9007199254740993, 9007199254740995, -3]
floats_a = [1.5, 2.5, 3.0]
floats_b = [0.1, 0.2, 0.3, 0.4]
floats_c = [1e50, 1.0, -1e50] * 100
floats_d = [1e308, 1e308]
tiny = [5e-324, 1e-300, 2e-300]
flags = [True, False, True]
words = ["pear", "fig", "apple", "fig", "kiwi", "pear"]

print(statistics.mean(ints_a), statistics.mean(ints_b), statistics.mean(floats_a))
print(statistics.mean(flags), statistics.mean(big), statistics.mean(floats_c))
print(statistics.mean(floats_d), statistics.mean(tiny), statistics.mean(range(1, 8)))
print(statistics.fmean(ints_c), statistics.fmean(floats_b), statistics.fmean(floats_c))
print(statistics.median(ints_c), statistics.median(ints_d[:7]), statistics.median(floats_b))
print(statistics.median_low(ints_c), statistics.median_high(ints_c), statistics.median_low(words))
print(statistics.mode(ints_d), statistics.mode(words), statistics.mode(floats_a))
print(statistics.multimode(words), statistics.multimode("aabbbcccd"), statistics.multimode(ints_c))
print(statistics.variance(ints_c), statistics.pvariance(ints_c), statistics.variance(ints_d))
print(statistics.pvariance(ints_d), statistics.variance(floats_b), statistics.pvariance(floats_a))
print(statistics.stdev(ints_c), statistics.pstdev(ints_d), statistics.stdev(floats_b))
print(statistics.pstdev(floats_a), statistics.stdev(big), statistics.pstdev(tiny))
print(statistics.variance(ints_c, 2), statistics.variance(ints_c, 2.5), statistics.pvariance(ints_c, 0))
print(statistics.stdev(ints_c, 3), statistics.pstdev(floats_b, 0.25), statistics.variance(floats_c))
print(statistics.variance(tiny), statistics.variance(big), statistics.pvariance(flags))

# Thousands of values: the exact result of each, against CPython's.
state = 12345
values: list[float] = []
counts: list[int] = []
for i in range(3000):
    state = (state * 1103515245 + 12345) % 2147483648
    values.append((state % 100000) / 7.0 - 5000.0)
    counts.append(state % 1000 - 500)
print(statistics.mean(values), statistics.fmean(values), statistics.median(values))
print(statistics.variance(values), statistics.pvariance(values))
print(statistics.stdev(values), statistics.pstdev(values))
print(statistics.mean(counts), statistics.median(counts), statistics.mode(counts))
print(statistics.variance(counts), statistics.pvariance(counts))
print(statistics.stdev(counts), statistics.pstdev(counts))

# quantiles: exact int interpolation, both methods, n from 1 to 100.
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
quartiles = statistics.quantiles(scores)
deciles = statistics.quantiles(scores, n=10)
print(quartiles, deciles)
thirds = statistics.quantiles(floats_a + floats_b, n=3, method="inclusive")
print(thirds, statistics.quantiles(floats_b, n=1))
print(statistics.quantiles(big, n=7), statistics.quantiles(big, n=5, method="inclusive"))
percentiles = statistics.quantiles(values, n=100)
print(percentiles[:3], percentiles[-3:], len(percentiles))

inf = float("inf")
with_inf = [1.0, inf, 2.0]
both_inf = [inf, -inf]
print(statistics.mean(with_inf), statistics.mean(both_inf), statistics.variance(with_inf))

no_ints: list[int] = []
no_floats: list[float] = []
one = [7]
for case in range(15):
    try:
        if case == 0:
            print(statistics.mean(no_ints))
        elif case == 1:
            print(statistics.fmean(no_floats))
        elif case == 2:
            print(statistics.median(no_floats))
        elif case == 3:
            print(statistics.median_low(no_ints))
        elif case == 4:
            print(statistics.mode(no_ints))
        elif case == 5:
            print(statistics.variance(one))
        elif case == 6:
            print(statistics.stdev(one))
        elif case == 7:
            print(statistics.pvariance(no_ints))
        elif case == 8:
            print(statistics.pstdev(no_floats))
        elif case == 9:
            print(statistics.multimode(no_ints))
        elif case == 10:
            print(statistics.stdev(with_inf))
        elif case == 12:
            print(statistics.quantiles(one))
        elif case == 13:
            print(statistics.quantiles(ints_c, n=0))
        elif case == 14:
            print(statistics.quantiles(ints_c, method="linear"))
        else:
            print(statistics.median_high(no_floats))
    except StatisticsError as e:
        print("StatisticsError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
