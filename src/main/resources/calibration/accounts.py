"""Bank accounts: inheritance, overriding, super() and custom exceptions."""


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(-amount)

    def kind(self) -> str:
        return "account"

    def __str__(self) -> str:
        return f"{self.kind()} of {self.owner}: {self.balance}"


class SavingsAccount(Account):
    def __init__(self, owner: str, balance: int, rate: float) -> None:
        super().__init__(owner, balance)
        self.rate = rate

    def kind(self) -> str:
        return "savings"

    def add_interest(self) -> int:
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest


class CheckingAccount(Account):
    def __init__(self, owner: str, balance: int, overdraft: int) -> None:
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def kind(self) -> str:
        return "checking"

    def withdraw(self, amount: int) -> None:
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(f"overdraft limit of {self.overdraft} reached")
        self.balance -= amount
        self.history.append(-amount)


def transfer(source: Account, target: Account, amount: int) -> bool:
    try:
        source.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        target.deposit(amount)
        return True
    finally:
        print(f"transfer of {amount} attempted")


if __name__ == "__main__":
    alice = SavingsAccount("alice", 1000, 0.05)
    bob = CheckingAccount("bob", 100, 200)
    carol = Account("carol")
    accounts: list[Account] = [alice, bob, carol]
    print(transfer(alice, bob, 300))
    print(transfer(bob, carol, 550))
    print(transfer(bob, carol, 100))
    print("interest:", alice.add_interest())
    for account in accounts:
        print(account)
    print("histories:", [a.history for a in accounts])
    print("total:", sum(a.balance for a in accounts))
    try:
        carol.deposit(-5)
    except ValueError as e:
        print("rejected:", e)
    print(isinstance(bob, Account), isinstance(bob, SavingsAccount))
