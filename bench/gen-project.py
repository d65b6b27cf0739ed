#!/usr/bin/env python3
"""Writes a generated project of N modules in packages of 50, each importing a function, a class
and a constant of earlier modules (absolute, relative and through module objects), each with a main
block. Usage: gen-project.py DIR N [--no-imports] (the same modules, standalone, for --layout files)."""
import os
import sys


def main() -> None:
    out, n = sys.argv[1], int(sys.argv[2])
    imports = "--no-imports" not in sys.argv
    for i in range(n):
        pkg, idx = divmod(i, 50)
        folder = os.path.join(out, f"pkg{pkg}")
        os.makedirs(folder, exist_ok=True)
        init = os.path.join(folder, "__init__.py")
        if not os.path.exists(init):
            with open(init, "w") as f:
                f.write("")
        lines = ["from typing import List", ""]
        uses = []
        if imports and i > 0:
            j = i - 1
            jp, ji = divmod(j, 50)
            if jp == pkg:
                lines.append(f"from .mod{ji} import scale{j}, Box{j}, LIMIT{j}")
            else:
                lines.append(f"from pkg{jp}.mod{ji} import scale{j}, Box{j}, LIMIT{j}")
            k = (i * 7) % i
            kp, ki = divmod(k, 50)
            lines.append(f"import pkg{kp}.mod{ki} as other")
            uses = [f"    total += scale{j}(v) + Box{j}(v).get() + LIMIT{j} + other.scale{k}(1)"]
        lines += [
            "",
            f"LIMIT{i} = {i % 97}",
            "",
            "",
            f"def scale{i}(x: int) -> int:",
            f"    return x * {i % 13 + 1} + LIMIT{i}",
            "",
            "",
            f"class Box{i}:",
            "    def __init__(self, v: int) -> None:",
            "        self.v = v",
            "",
            "    def get(self) -> int:",
            f"        return self.v + {i % 5}",
            "",
            "",
            f"def run{i}(values: List[int]) -> int:",
            "    total = 0",
            "    for v in values:",
            f"        total += scale{i}(v)",
        ] + uses + [
            "    return total",
            "",
            "",
            'if __name__ == "__main__":',
            f"    print(run{i}([1, 2, 3]))",
            "",
        ]
        with open(os.path.join(folder, f"mod{idx}.py"), "w") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main()
