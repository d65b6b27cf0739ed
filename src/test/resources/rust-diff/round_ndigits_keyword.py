"""round() with ndigits given by keyword (and None), as the builtins documentation allows."""


def present(rate: float, flows: list[float]) -> float:
    total = sum(f / ((1 + rate) ** i) for i, f in enumerate(flows))
    return round(total, ndigits=2)


print(present(0.13, [10, 20.70, -293, 297]))
print(round(4.6912, ndigits=2), round(2.5, ndigits=None), round(7.25, 1), round(3.5, None))
print(round(1234.5678, ndigits=-2), round(17.0, ndigits=-1), round(-0.5, ndigits=0))
