from collections import OrderedDict

od = OrderedDict([("a", 1)])
d: dict[str, int] = {"a": 1}
print(od == d)
