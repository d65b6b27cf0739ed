class C:
    def f(self) -> int:
        return 1


print(C.f(C()))
