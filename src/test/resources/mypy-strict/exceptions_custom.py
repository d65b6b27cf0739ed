class InsufficientFunds(Exception):
    def __init__(self, needed: int) -> None:
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


try:
    print(withdraw(10, 3))
    print(withdraw(10, 30))
except InsufficientFunds as e:
    print("failed:", e, e.needed)
finally:
    print("done")
