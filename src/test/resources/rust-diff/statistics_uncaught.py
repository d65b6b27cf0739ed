"""StatisticsError caught as statistics.StatisticsError (module imported under another name), as StatisticsError and as ValueError, and finally uncaught: the program ends as CPython does, status 1, stderr naming statistics.StatisticsError."""
import statistics as st
from statistics import StatisticsError


def safe_mean(xs: list[float]) -> float:
    try:
        return st.mean(xs)
    except st.StatisticsError as e:
        print("caught:", e, repr(e))
        return 0.0


empty: list[float] = []
print(safe_mean(empty), safe_mean([1.0, 2.0]))
try:
    raise StatisticsError("mine")
except ValueError as e:
    print("as ValueError:", e)
print(st.median([5, 3, 1, 4]))
print(st.mean(empty))
