match p:
    case [x, *rest] if x > 0:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0) | None:
        pass
