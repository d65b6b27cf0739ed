"""A small shop: money, carts and their reports (the package re-exports its main names)."""
from .money import Money, add_tax
from .money import TAX_PERCENT as TAX
