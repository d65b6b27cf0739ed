# Private names (two leading underscores) inside a class body are mangled to _Class__name:
# a subclass's __x is another attribute than its base's, and the mangled name is reachable outside.


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.__balance = balance
        self.__log: list[str] = []
        self.__record("open")

    def __record(self, what: str) -> None:
        self.__log.append(what)

    def deposit(self, amount: int) -> int:
        self.__record("deposit " + str(amount))
        self.__balance += amount
        return self.__balance

    def history(self) -> list[str]:
        return self.__log

    def secret(self) -> int:
        return self.__balance


class Savings(Account):
    def __init__(self, owner: str, balance: int, rate: int) -> None:
        super().__init__(owner, balance)
        # Not Account's __balance: this one is _Savings__balance.
        self.__balance = rate

    def rate(self) -> int:
        return self.__balance


class __Hidden:
    # A class whose name is all underscores after stripping mangles nothing; this one strips to "Hidden".
    def __init__(self) -> None:
        self.__v = 7

    def get(self) -> int:
        return self.__v


def helper(__n: int) -> int:
    # Outside a class nothing is mangled.
    return __n * 2


a = Account("ann", 10)
print(a.deposit(5))
print(a.history())
print(a._Account__balance)
s = Savings("bob", 100, 3)
print(s.secret(), s.rate())
print(s._Account__balance, s._Savings__balance)
print(s.deposit(1))
h = __Hidden()
print(h.get(), h._Hidden__v)
print(helper(4))
