class InsufficientFunds(ValueError):
    def __init__(self, need: int, have: int) -> None:
        super().__init__(f"need {need}, have {have}")
        self.need = need


class Timeout(Exception):
    seconds = 30

    def __str__(self) -> str:
        return f"timed out after {self.seconds}s"


def pay(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


if __name__ == "__main__":
    try:
        pay(3, 5)
    except InsufficientFunds as e:
        print(e.need, e, repr(e), e.args)
    try:
        raise Timeout()
    except Exception as e:
        print(e, repr(e))
