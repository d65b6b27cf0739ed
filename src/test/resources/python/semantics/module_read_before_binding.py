print(limit)
limit = 10
