print('start')
del never_bound
