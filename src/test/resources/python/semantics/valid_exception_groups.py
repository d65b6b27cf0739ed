try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError as eg:
    caught = len(eg.exceptions)
print(caught)
