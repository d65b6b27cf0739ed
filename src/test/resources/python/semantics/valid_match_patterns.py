def describe(p: object) -> str:
    match p:
        case (x, y):
            return f'{x},{y}'
        case {'k': v, **rest}:
            return f'{v} {rest}'
        case [first, *others]:
            return f'{first} {others}'
        case str() as s:
            return s
        case _:
            return 'other'


print(describe((1, 2)), describe({'k': 1, 'z': 2}), describe([1, 2, 3]), describe('s'))
