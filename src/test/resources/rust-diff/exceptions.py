"""raise, try/except/else/finally, user-defined exception hierarchies."""


class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


def parse_port(text: str) -> int:
    if not text.isdigit():
        raise ConfigError(f"port must be digits, got {text!r}")
    port = int(text)
    if port > 65535:
        raise ValueError("port out of range")
    return port


def safe_div(a: int, b: int) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print("divided", a, b)


def lookup(table: dict[str, int], key: str) -> int:
    try:
        value = table[key]
    except KeyError as e:
        print("missing", e)
        raise
    else:
        print("found", key)
    return value


if __name__ == "__main__":
    for text in ["8080", "http", "99999"]:
        try:
            print("port", parse_port(text))
        except AppError as e:
            print("app error:", e)
        except ValueError as e:
            print("value error:", e)
        finally:
            print("checked", text)
    print(safe_div(1, 4), safe_div(1, 0))
    try:
        lookup({"a": 1}, "a")
        lookup({"a": 1}, "b")
    except LookupError as e:
        print("lookup error", repr(e))
    try:
        items = [1, 2, 3]
        print(items[5])
    except IndexError as e:
        print("index error:", e)
    try:
        int("twelve")
    except (TypeError, ValueError) as e:
        print("conversion:", e)
    try:
        assert 1 + 1 == 3, "math"
    except AssertionError as e:
        print("assertion:", e)
    try:
        raise ConfigError("nested")
    except Exception as e:
        print("caught generally:", e)
    attempts = 0
    while attempts < 5:
        attempts += 1
        try:
            if attempts < 3:
                raise RuntimeError(f"attempt {attempts} failed")
            print("succeeded on", attempts)
            break
        except RuntimeError as e:
            print(e)
