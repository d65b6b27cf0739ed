class A:
    def m(self) -> int:
        return 1


class B(A):
    def m(self) -> int:
        return super().m() + 1


print(B().m())
