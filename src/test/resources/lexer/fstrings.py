x = f"{a!r:>{w}} {b['k']} {{lit}}"
y = f'{x=}'
