from typing import Optional


class Node:
    def __init__(self, value: int, nxt: Optional["Node"]) -> None:
        self.value = value
        self.nxt = nxt


def lookup(table: dict[str, Node], k: str) -> Optional[Node]:
    if k in table:
        return table[k]
    return None


def count_long(xs: list[int]) -> str:
    # PEP 572: avoid calling len() twice
    if (n := len(xs)) > 3:
        return f"List is too long ({n} elements, expected <= 3)"
    return "ok " + str(n)


def next_line(lines: list[str]) -> str:
    if lines:
        return lines.pop(0)
    return ""


def read_lines(lines: list[str]) -> int:
    total = 0
    while (line := next_line(lines)) != "":
        total += len(line)
        print("line", line)
    print("after loop", repr(line))
    return total


def walk(head: Optional[Node]) -> int:
    s = 0
    node = head
    while (cur := node) is not None:
        s += cur.value
        node = cur.nxt
    return s


def check(table: dict[str, Node], k: str) -> str:
    if (m := lookup(table, k)) is not None and m.value > 0:
        return "positive " + str(m.value)
    return "no"


def f(x: int) -> int:
    print("f", x)
    return x * 2 - 5


def filtered(xs: list[int]) -> list[int]:
    ys = [y for x in xs if (y := f(x)) > 0]
    print("last y", y)
    return ys


def values(xs: list[int]) -> list[int]:
    # PEP 572: reuse a value computed in the condition
    return [y * 10 for x in xs if (y := x % 3) != 0]


def main() -> None:
    print(count_long([1, 2]))
    print(count_long([1, 2, 3, 4, 5]))
    print(read_lines(["ab", "cde", "f"]))
    print(walk(Node(1, Node(2, Node(3, None)))))
    print(walk(None))
    table = {"a": Node(5, None), "b": Node(-1, None)}
    print(check(table, "a"), check(table, "b"), check(table, "c"))
    print(filtered([1, 4, 2, 7]))
    print(values([1, 2, 3, 4, 5, 6]))
    print(x := 5)
    print(x + 1)
    total = (a := 3) + (b := a * 2) + a
    print(total, a, b)
    s = "hello"
    if (k := s.find("l")) >= 0:
        print("found at", k)
    print(k)
    data = [3, 8, 1]
    if any((big := v) > 5 for v in data):
        print("big", big)


main()
