from typing import NewType


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
Name = NewType("Name", str)
Origin = NewType("Origin", Point)


def lookup(uid: UserId, names: dict[UserId, Name]) -> Name:
    return names.get(uid, Name("?"))


def promote(uid: UserId) -> AdminId:
    return AdminId(uid)


ids = [UserId(3), UserId(7)]
names = {ids[0]: Name("ann"), ids[1]: Name("bo")}
print(ids, lookup(UserId(7), names), lookup(UserId(1), names))
print(promote(ids[0]) + 1, Name("x") * 3, repr(Name("q")))
o = Origin(Point(0, 0))
o.x = 5
print(o, [Origin(Point(1, 2))])
