"""A failing assert ends the program with AssertionError."""

if __name__ == "__main__":
    balance = 10
    for withdrawal in [3, 4, 5]:
        balance -= withdrawal
        print("balance", balance)
        assert balance >= 0, f"overdrawn by {-balance}"
