from typing import NewType

UserId = NewType("UserId", int)


def lookup(uid: UserId) -> str:
    return "user#" + str(uid)


print(lookup(UserId(42)))
