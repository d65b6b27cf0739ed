def f():
    return undefined_thing  # E-NAME


print('ok')
