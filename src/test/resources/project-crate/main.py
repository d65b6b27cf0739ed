"""The shop's command line: prices with tax, through the package's re-exported names."""
from shop import Money, TAX, add_tax
from shop.money import CURRENCY
from shop.util.text import pad as padded


def main() -> int:
    prices = [100, 250, 999]
    total = Money(0)
    for p in prices:
        with_tax = add_tax(p, TAX)
        total = total.plus(Money(with_tax))
        print(padded(str(p), 6), with_tax)
    print("total", total, "in", CURRENCY)
    return 0


if __name__ == "__main__":
    main()
