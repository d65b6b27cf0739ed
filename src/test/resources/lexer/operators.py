a := b
a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ ~f
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
def f(x) -> int: ...
x = y[1:2, ::3]
z = {a: b, **c}
