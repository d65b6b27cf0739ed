"""collections.ChainMap: lookups through the maps, writes to the first, shared dicts."""
from collections import ChainMap
import collections


def scopes() -> None:
    builtins = {"print": 1, "len": 2, "x": 0}
    globals_ = {"x": 10, "y": 20}
    locals_ = {"y": 200, "z": 300}
    cm = ChainMap(locals_, globals_, builtins)
    print(cm)
    print(cm["x"], cm["y"], cm["z"], cm["print"], len(cm), list(cm))
    print("y" in cm, "w" in cm, cm.get("w"), cm.get("w", -1), cm.get("len", -1))
    cm["x"] = 99
    print(locals_, globals_["x"], cm["x"])
    del cm["x"]
    print(cm["x"], locals_)
    try:
        del cm["print"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        cm.pop("len")
    except KeyError as e:
        print("KeyError:", e)
    print(cm.pop("z"), cm.pop("z", -5), locals_)
    try:
        print(cm["nope"])
    except KeyError as e:
        print("KeyError:", e)
    globals_["new"] = 7
    print(cm["new"], sorted(cm), len(cm))
    for k in cm:
        print(k, cm[k], end="; ")
    print()
    for k, v in cm.items():
        print(k, v, end="; ")
    print()
    print(list(cm.keys()), list(cm.values()))


def children() -> None:
    base: ChainMap[str, int] = ChainMap()
    print(base, len(base), bool(base))
    base["a"] = 1
    child = base.new_child()
    child["a"] = 2
    child["b"] = 3
    print(child, child["a"], base["a"])
    grandchild = child.new_child({"c": 4})
    print(grandchild, grandchild.parents, grandchild.parents.parents)
    print(grandchild.maps, len(grandchild.maps))
    grandchild.maps[0]["d"] = 5
    print(grandchild["d"], "d" in grandchild)
    copy = grandchild.copy()
    copy["c"] = 40
    print(copy["c"], grandchild["c"], copy == grandchild, copy.parents == grandchild.parents)
    copy.clear()
    print(copy, bool(copy))
    top = ChainMap({"k": 1}).parents
    print(top, bool(top))
    e = collections.ChainMap({1: "one"}, {2: "two", 1: "uno"})
    print(e, e[1], e[2], sorted(e))
    vals = e.values()
    e[3] = "three"
    print(list(vals))


scopes()
children()
cm2 = ChainMap({"a": 1})
print(cm2["b"])
