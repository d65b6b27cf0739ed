from decimal import Decimal

print(Decimal("1.1") + Decimal("2.2"))
