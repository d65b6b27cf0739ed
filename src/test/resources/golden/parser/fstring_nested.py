x = f"{a:{b}.{c}f} {d!s:>{w}} {e=!r} {f = :^10} {g:{h!r}}"
y = f"{{literal}} {x}}}{{" f"""{
  a +
  b}""" rf"\d{x}\n" F"{x:%Y-%m-%d}"
z = u"a" "b"
z2 = "a" u"b" f"{c}"
z3 = u"x" f"{y}"
z4 = f"{x!a}" f"" "" f"{3.14:.2f}"
