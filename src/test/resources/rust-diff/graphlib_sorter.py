"""graphlib.TopologicalSorter: static_order, the ready/done protocol, CycleError."""
import graphlib
from graphlib import CycleError, TopologicalSorter


def build_order() -> None:
    deps: dict[str, list[str]] = {"app": ["lib", "util"], "lib": ["core"], "util": ["core", "log"], "log": []}
    ts = TopologicalSorter(deps)
    print(list(ts.static_order()))
    graph: dict[int, set[int]] = {2: {11}, 9: {11, 8, 10}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}}
    print(list(TopologicalSorter(graph).static_order()))
    print(list(TopologicalSorter({1: [2, 3], 3: [4, 5]}).static_order()))


def protocol() -> None:
    ts: TopologicalSorter[str] = TopologicalSorter()
    ts.add("b", "a")
    ts.add("c", "a", "b")
    ts.add("d")
    more = ["c"]
    ts.add("e", *more)
    try:
        ts.get_ready()
    except ValueError as e:
        print(e)
    ts.prepare()
    try:
        ts.add("z")
    except ValueError as e:
        print(e)
    try:
        ts.prepare()
    except ValueError as e:
        print(e)
    while ts.is_active():
        ready = ts.get_ready()
        print("ready", ready, len(ready))
        for node in ready:
            ts.done(node)
    try:
        ts.done("a")
    except ValueError as e:
        print(e)
    try:
        ts.done("nope")
    except ValueError as e:
        print(e)
    t2: TopologicalSorter[int] = TopologicalSorter()
    t2.add(2, 1)
    t2.prepare()
    try:
        t2.done(2)
    except ValueError as e:
        print(e)


def cycles() -> None:
    ts = TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]})
    order = ts.static_order()
    print("made")
    try:
        print(list(order))
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1])
        print(e)
    try:
        TopologicalSorter({"a": ["a"]}).prepare()
    except ValueError as e:
        print("as ValueError:", repr(e))
    try:
        TopologicalSorter({"x": ["y"], "y": ["z"], "z": ["y"]}).prepare()
    except graphlib.CycleError as e:
        print(e.args)


build_order()
protocol()
cycles()
list(TopologicalSorter({5: [6], 6: [5]}).static_order())
