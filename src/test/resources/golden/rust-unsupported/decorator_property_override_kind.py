class Base:
    @property
    def size(self) -> int:
        return 1


class Derived(Base):
    def size(self) -> int:  # type: ignore[override]
        return 2
