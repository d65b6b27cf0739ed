"""A reverse Polish notation calculator with error reporting."""


class CalculatorError(Exception):
    pass


class StackUnderflow(CalculatorError):
    pass


def apply(op: str, left: float, right: float) -> float:
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    if op == "/":
        if right == 0:
            raise ZeroDivisionError("division by zero")
        return left / right
    if op == "^":
        return left ** right
    raise CalculatorError(f"unknown operator {op!r}")


def evaluate(expression: str) -> float:
    stack: list[float] = []
    for token in expression.split():
        if token in ("+", "-", "*", "/", "^"):
            if len(stack) < 2:
                raise StackUnderflow(f"{token!r} needs two operands")
            right = stack.pop()
            left = stack.pop()
            stack.append(apply(token, left, right))
        elif token.lstrip("-").replace(".", "", 1).isdigit():
            stack.append(float(token))
        else:
            raise CalculatorError(f"bad token {token!r}")
    if len(stack) != 1:
        raise CalculatorError(f"{len(stack)} values left on the stack")
    return stack[0]


if __name__ == "__main__":
    expressions = [
        "3 4 +",
        "5 1 2 + 4 * + 3 -",
        "2 10 ^",
        "1 3 /",
        "-2.5 4 *",
        "1 0 /",
        "1 +",
        "1 2 3",
        "2 x *",
    ]
    results: list[float] = []
    for text in expressions:
        try:
            value = evaluate(text)
        except StackUnderflow as e:
            print(f"{text:<20} underflow: {e}")
        except CalculatorError as e:
            print(f"{text:<20} error: {e}")
        except ZeroDivisionError as e:
            print(f"{text:<20} math error: {e}")
        else:
            results.append(value)
            print(f"{text:<20} = {value}")
    print("results:", results)
    print("sum:", sum(results, 0.0), "count:", len(results))
