SCALE = 10
UNIT = "cm"


def measure(value: int, unit: str = UNIT, scale: int = SCALE) -> str:
    return f"{value * scale} {unit}"


if __name__ == "__main__":
    print(measure(3), measure(3, "mm"), measure(2, scale=100))
