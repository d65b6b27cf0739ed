"""Game of life on a dataclass grid, run-length encoding, in-place updates."""
from dataclasses import dataclass


@dataclass
class Cell:
    row: int
    col: int
    alive: bool = False


class Board:
    def __init__(self, rows: int, cols: int) -> None:
        self.rows = rows
        self.cols = cols
        self.cells = [[Cell(r, c) for c in range(cols)] for r in range(rows)]

    def set_alive(self, coords: list[tuple[int, int]]) -> None:
        for r, c in coords:
            self.cells[r][c].alive = True

    def neighbours(self, r: int, c: int) -> int:
        count = 0
        for dr in [-1, 0, 1]:
            for dc in [-1, 0, 1]:
                if dr == 0 and dc == 0:
                    continue
                rr = (r + dr) % self.rows
                cc = (c + dc) % self.cols
                if self.cells[rr][cc].alive:
                    count += 1
        return count

    def step(self) -> "Board":
        nxt = Board(self.rows, self.cols)
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                alive = self.cells[r][c].alive
                nxt.cells[r][c].alive = n == 3 or (alive and n == 2)
        return nxt

    def render(self) -> str:
        lines: list[str] = []
        for row in self.cells:
            lines.append("".join("#" if cell.alive else "." for cell in row))
        return "\n".join(lines)


def run_length(text: str) -> str:
    if not text:
        return ""
    out: list[str] = []
    current = text[0]
    count = 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            out.append(f"{count}{current}")
            current = ch
            count = 1
    out.append(f"{count}{current}")
    return "".join(out)


if __name__ == "__main__":
    board = Board(5, 5)
    board.set_alive([(1, 2), (2, 2), (3, 2)])
    for generation in range(3):
        print(f"generation {generation}:")
        print(board.render())
        board = board.step()
    counts = [0] * 5
    for i in range(len(counts)):
        counts[i] += i * i
    tally: dict[str, int] = {"x": 0}
    tally["x"] += 5
    tally["y"] = tally.get("y", 0) + 1
    print(counts, tally, run_length("aaabccddddde"), run_length(""))
    best = 0
    for v in [3, 9, 2]:
        best = max(best, v)
    print(best, min(4, best), "%", "a{b}c")
    names = ["Zoe", "adam", "Bob"]
    names.sort(key=lambda n: n.lower())
    print(names, names[::-1], [n[0] for n in names], "".join(sorted("hello")))
