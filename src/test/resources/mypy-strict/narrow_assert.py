from typing import Optional


def parse_port(text: str) -> Optional[int]:
    if text.isdigit():
        return int(text)
    return None


def main() -> None:
    port = parse_port("8080")
    assert port is not None
    print(port + 1)


main()
