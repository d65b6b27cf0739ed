def f(p: object) -> object:
    match p:
        case [a]:
            return a
    return a  # missed: a failed pattern may bind some captures, so a is taken as possibly bound


print(f(1))
