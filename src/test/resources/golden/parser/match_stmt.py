match x:
    case 1 | -2 | 3.0 | -4j | 1 + 2j | -1 - 2j | "s" "t" | b"b":
        pass
    case [a, b, *_] | (c, d, *rest) | () | [] | (e,):
        pass
    case {"a": 1, 2: b, **rest}:
        pass
    case {None: x, True: y, a.b: z}:
        pass
    case Point(1, 2, x=3, y=_) | Point() | a.b.C(d) as q:
        pass
    case None | True | False:
        pass
    case (a as b) | _:
        pass
    case x if x > 0:
        pass
match a, *b:
    case *c, d:
        pass
match = 1
match.x = 2
match(a)
match[x]
case = 3
_ = 4
match -x:
    case _: pass
