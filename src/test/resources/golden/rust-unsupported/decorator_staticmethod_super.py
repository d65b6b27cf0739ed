class A:
    @staticmethod
    def f() -> int:
        return 1


class B(A):
    @staticmethod
    def f() -> int:
        return super().f() + 1


print(B.f())
