class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32.0) * 5.0 / 9.0)

    @staticmethod
    def describe(c: float) -> str:
        return "hot" if c > 25.0 else "mild"


t = Temperature.from_fahrenheit(212.0)
print(t.celsius, Temperature.describe(t.celsius))
