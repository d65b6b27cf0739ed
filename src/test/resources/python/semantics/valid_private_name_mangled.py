_Vault__secret = 42


class Vault:
    def open(self) -> int:
        return __secret


print(Vault().open())
