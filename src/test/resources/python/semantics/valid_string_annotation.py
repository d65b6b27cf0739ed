def f(xs: 'List[int]') -> 'int':
    return len(xs)


print(f([1]))
