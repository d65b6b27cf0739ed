"""A user-defined exception escaping main."""


class BudgetExceeded(Exception):
    pass


def spend(budget: int, costs: list[int]) -> int:
    for cost in costs:
        if cost > budget:
            raise BudgetExceeded(f"cannot spend {cost} with {budget} left")
        budget -= cost
        print("spent", cost, "left", budget)
    return budget


if __name__ == "__main__":
    spend(100, [30, 50, 40])
