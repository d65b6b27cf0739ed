"""Restocking across modules: exceptions, module variables, a generator and defaults of shop.stock."""
from shop import stock
from shop.errors import OutOfStock, ShopError as Failure
from shop.stock import take, low, moves, log


class Closed(Failure):
    pass


def order(levels: dict[str, int], item: str, n: int) -> str:
    try:
        left = take(levels, item, n)
    except OutOfStock as e:
        return f"short of {e.item} ({e.wanted}): {e}"
    except Failure as e:
        return f"refused: {e!r}"
    return f"{item} left {left}"


def main() -> None:
    levels = {"tea": 4, "jam": 1, "oil": 3}
    for item, n in [("tea", 3), ("jam", 2), ("oil", 0), ("oil", 1)]:
        print(order(levels, item, n))
    print(take(levels, "tea"), list(low(levels)), list(low(levels, 1)))
    print("moves", stock.moves, "copied", moves, "last", stock.last, log, stock.log is log)
    try:
        raise Closed("closed on sundays")
    except Failure as e:
        print("closed:", e, isinstance(e, Closed), isinstance(e, OutOfStock))
    take(levels, "jam", 5)


if __name__ == "__main__":
    main()
