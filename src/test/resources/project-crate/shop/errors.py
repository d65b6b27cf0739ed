"""The shop's exceptions, raised in one module and caught in others."""


class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, item: str, wanted: int) -> None:
        super().__init__(f"{item}: {wanted} wanted")
        self.item = item
        self.wanted = wanted
