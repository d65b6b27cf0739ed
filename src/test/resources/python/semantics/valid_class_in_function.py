def make(k: int):
    class K:
        value = k

        def get(self) -> int:
            return self.value + k
    return K


print(make(2)().get())
