"""Set displays of str constants: CPython folds them into frozenset constants whose order
depends on how often it rebuilds them (string interning: a program identifier such as
"seen" counts too); each is printed and looped over. Chosen so the orders differ."""


def show(seen: list[str]) -> None:
    print(len(seen), seen)


if __name__ == "__main__":
    print({'west', 'blue', 'cat', 'x1', 'east', 'dog'})
    print({'red', 'south', 'blue', 'omega', 'dog', 'print'})
    print({'north', 'blue', 'x1', 'west', 'x'})
    print([w for w in {'plum', 'key', 'west', 'é', 'x'}])
    print([w for w in {'dog', 'green', 'b', 'print', 'south'}])
    print({'a b', 'melon', 'zeta', 'name'})
    print({'b', 'east', 'count', 'dog'})
    print({'south', 'total', 'name', 'a'})
    print({'green', 'name', 'plum'})
    for w in {'pear', 'melon', 'east'}:
        print(w, end=" ")
    print()
    print({'berry', 'fig', 'east', 'apple'})
    print({'plum', 'pear', 'total', 'x1'})
    for w in {'west', 'print', 'date', 'b', 'grape', 'green'}:
        print(w, end=" ")
    print()
    print([w for w in {'b', 'green', 'omega'}])
    print({'b', 'pear', 'north', 'dog'})
    print([w for w in {'green', 'a b', 'west', 'b', 'blue', 'south'}])
    for w in {'dog', 'green'}:
        print(w, end=" ")
    print()
    print([w for w in {'fig', 'melon'}])
    print([w for w in {'east', 'é', 'fig', 'west'}])
    print([w for w in {'west', 'x1'}])
    print({'berry', 'mango', 'x1', 'date', 'plum', 'kiwi'})
    print({'mango', 'total', 'x1', 'berry', 'plum', 'omega'})
    print([w for w in {'west', 'cat', 'key', 'plum', 'red', 'grape'}])
    print({'west', 'south', 'zeta', 'é'})
    print({'berry', 'kiwi', 'west', 'x1', 'melon', 'fig'})
    for w in {'x1', 'dog', 'value', 'é', 'a b', 'west'}:
        print(w, end=" ")
    print()
    print([w for w in {'red', 'south', 'key', 'west'}])
    print({'print', 'b', 'blue', 'name'})
    for w in {'key', 'dog', 'east', 'blue', 'name', ''}:
        print(w, end=" ")
    print()
    print({'blue', 'b', 'é', 'green'})
    print([w for w in {'mango', 'east', 'total', 'name'}])
    print({'cat', 'name', 'x1', 'dog'})
    print([w for w in {'a b', 'fig', 'blue', 'red', 'south', 'dog'}])
    print({'é', 'omega', 'red', 'a'})
    print([w for w in {'count', 'a b', 'total'}])
    for w in {'berry', 'a b', 'key', 'omega'}:
        print(w, end=" ")
    print()
    print([w for w in {'x1', 'plum', 'date', 'grape'}])
    for w in {'green', 'blue'}:
        print(w, end=" ")
    print()
    print([w for w in {'berry', 'zeta', 'green', 'value'}])
    for w in {'b', 'seen', 'green'}:
        print(w, end=" ")
    print()
    print({'green', 'east', 'red', 'mango'})
    for w in {'fig', 'pear', 'north', 'melon'}:
        print(w, end=" ")
    print()
    print([w for w in {'green', 'a b', 'east', 'mango'}])
    print({'blue', 'apple', 'mango', 'a b', 'dog', 'plum'})
    print([w for w in {'berry', 'west', 'south'}])
    print({'berry', 'dog', 'blue', 'zeta'})
    print({'kiwi', 'fig', 'green', 'dog'})
    for w in {'west', 'south', 'kiwi'}:
        print(w, end=" ")
    print()
    print([w for w in {'south', 'kiwi', 'plum'}])
    print({'x1', 'blue', 'south', 'berry', 'dog', 'omega'})
    print({'zeta', 'west', 'melon', 'east', 'red', 'plum'})
    print({'melon', 'fig', 'pear'})
    print([w for w in {'x1', 'west', 'é', 'mango', 'grape'}])
    for w in {'melon', 'fig'}:
        print(w, end=" ")
    print()
    print([w for w in {'red', 'blue', 'zeta', 'dog'}])
    print({'x1', 'fig', 'dog', 'south'})
    print({'fig', 'east', 'é'})
    print({'east', 'fig', 'mango'})
    print({'east', 'blue', 'fig'})
    print({'fig', 'melon', 'east'})
    show(["seen"])
