count = 0


def inc():
    count += 1  # missed: a local read before assignment in a function is left to run time (a caller may catch it)


inc()
