e = 1
try:
    raise ValueError('v')
except ValueError as e:
    print('caught', e)
print(e)
