n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    last_even = n
else:
    done = True
print(last_even, done)
