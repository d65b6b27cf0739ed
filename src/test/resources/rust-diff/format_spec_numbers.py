# The format spec mini-language on int, float and str as CPython reads and lays it out
# (parse_internal_render_format_spec, calc_number_widths, format_float_short): the 0 flag with
# and without an alignment, zero padding through the grouping separators, presentation types
# n, no type with a precision, # (alternate form), z, and the error messages.
# Written out by a script: every spec is a literal, as f-string specs must be here.


def main() -> None:
    x: int = -1
    print(f"{x:=09}")
    print(f"{x:<05}")
    print(f"{x:=+09,}")
    print(f"{x:^07}")
    y: float = 1e20
    print(f"{y:012,g}")
    print(f"{1e308:0= 13,.7g}")
    z: float = 2.5
    print(f"{z:.1}")
    print(f"{125.0:.3}")
    print(f"{z:n}")
    w: float = 3e-06
    t: float = 3.0
    print(f"{w:#.0e}|{w:#.1g}|{t:#.1g}")
    i0: int = -1
    print(f"{i0:}|{i0:d}|{i0:5}|{i0:05}|{i0:=09}|{i0:<05}")
    print(f"{i0:^07}|{i0:>07}|{i0:x^9}|{i0:0<5}|{i0:0=8}|{i0:+09,}")
    print(f"{i0:=+09,}|{i0: 08_}|{i0:,}|{i0:_}|{i0:013,}|{i0:012,}")
    print(f"{i0:011,}|{i0:_b}|{i0:#_b}|{i0:#010_x}|{i0:#X}|{i0:#o}")
    print(f"{i0:x}|{i0:X}|{i0:#x}|{i0:n}|{i0:_d}|{i0:e}")
    print(f"{i0:.3f}|{i0:%}|{i0:,.2f}|{i0:012,.1f}|{i0:+}|{i0: }")
    print(f"{i0:-}|{i0:=}|{i0:0}|{i0:00}|{i0:010}|{i0:+#x}")
    print(f"{i0:-#b}|{i0:=^}|{i0:*<+#012_X}")
    try:
        print(f"{i0:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{i0:^5c}")
    except ValueError as e:
        print('^5c', "ValueError:", e)
    except OverflowError as e:
        print('^5c', "OverflowError:", e)
    try:
        print(f"{i0:+c}")
    except ValueError as e:
        print('+c', "ValueError:", e)
    except OverflowError as e:
        print('+c', "OverflowError:", e)
    try:
        print(f"{i0:#c}")
    except ValueError as e:
        print('#c', "ValueError:", e)
    except OverflowError as e:
        print('#c', "OverflowError:", e)
    try:
        print(f"{i0:.2}")
    except ValueError as e:
        print('.2', "ValueError:", e)
    except OverflowError as e:
        print('.2', "OverflowError:", e)
    try:
        print(f"{i0:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{i0:,_}")
    except ValueError as e:
        print(',_', "ValueError:", e)
    except OverflowError as e:
        print(',_', "OverflowError:", e)
    try:
        print(f"{i0:_,}")
    except ValueError as e:
        print('_,', "ValueError:", e)
    except OverflowError as e:
        print('_,', "OverflowError:", e)
    try:
        print(f"{i0:,,}")
    except ValueError as e:
        print(',,', "ValueError:", e)
    except OverflowError as e:
        print(',,', "OverflowError:", e)
    try:
        print(f"{i0:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{i0:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    try:
        print(f"{i0:,x}")
    except ValueError as e:
        print(',x', "ValueError:", e)
    except OverflowError as e:
        print(',x', "OverflowError:", e)
    try:
        print(f"{i0:s}")
    except ValueError as e:
        print('s', "ValueError:", e)
    except OverflowError as e:
        print('s', "OverflowError:", e)
    try:
        print(f"{i0:10s,}")
    except ValueError as e:
        print('10s,', "ValueError:", e)
    except OverflowError as e:
        print('10s,', "OverflowError:", e)
    i1: int = 1234567
    print(f"{i1:}|{i1:d}|{i1:5}|{i1:05}|{i1:=09}|{i1:<05}")
    print(f"{i1:^07}|{i1:>07}|{i1:x^9}|{i1:0<5}|{i1:0=8}|{i1:+09,}")
    print(f"{i1:=+09,}|{i1: 08_}|{i1:,}|{i1:_}|{i1:013,}|{i1:012,}")
    print(f"{i1:011,}|{i1:_b}|{i1:#_b}|{i1:#010_x}|{i1:#X}|{i1:#o}")
    print(f"{i1:x}|{i1:X}|{i1:#x}|{i1:n}|{i1:_d}|{i1:e}")
    print(f"{i1:.3f}|{i1:%}|{i1:,.2f}|{i1:012,.1f}|{i1:+}|{i1: }")
    print(f"{i1:-}|{i1:=}|{i1:0}|{i1:00}|{i1:010}|{i1:+#x}")
    print(f"{i1:-#b}|{i1:=^}|{i1:*<+#012_X}")
    try:
        print(f"{i1:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{i1:^5c}")
    except ValueError as e:
        print('^5c', "ValueError:", e)
    except OverflowError as e:
        print('^5c', "OverflowError:", e)
    try:
        print(f"{i1:+c}")
    except ValueError as e:
        print('+c', "ValueError:", e)
    except OverflowError as e:
        print('+c', "OverflowError:", e)
    try:
        print(f"{i1:#c}")
    except ValueError as e:
        print('#c', "ValueError:", e)
    except OverflowError as e:
        print('#c', "OverflowError:", e)
    try:
        print(f"{i1:.2}")
    except ValueError as e:
        print('.2', "ValueError:", e)
    except OverflowError as e:
        print('.2', "OverflowError:", e)
    try:
        print(f"{i1:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{i1:,_}")
    except ValueError as e:
        print(',_', "ValueError:", e)
    except OverflowError as e:
        print(',_', "OverflowError:", e)
    try:
        print(f"{i1:_,}")
    except ValueError as e:
        print('_,', "ValueError:", e)
    except OverflowError as e:
        print('_,', "OverflowError:", e)
    try:
        print(f"{i1:,,}")
    except ValueError as e:
        print(',,', "ValueError:", e)
    except OverflowError as e:
        print(',,', "OverflowError:", e)
    try:
        print(f"{i1:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{i1:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    try:
        print(f"{i1:,x}")
    except ValueError as e:
        print(',x', "ValueError:", e)
    except OverflowError as e:
        print(',x', "OverflowError:", e)
    try:
        print(f"{i1:s}")
    except ValueError as e:
        print('s', "ValueError:", e)
    except OverflowError as e:
        print('s', "OverflowError:", e)
    try:
        print(f"{i1:10s,}")
    except ValueError as e:
        print('10s,', "ValueError:", e)
    except OverflowError as e:
        print('10s,', "OverflowError:", e)
    i2: int = 0
    print(f"{i2:}|{i2:d}|{i2:5}|{i2:05}|{i2:=09}|{i2:<05}")
    print(f"{i2:^07}|{i2:>07}|{i2:x^9}|{i2:0<5}|{i2:0=8}|{i2:+09,}")
    print(f"{i2:=+09,}|{i2: 08_}|{i2:,}|{i2:_}|{i2:013,}|{i2:012,}")
    print(f"{i2:011,}|{i2:_b}|{i2:#_b}|{i2:#010_x}|{i2:#X}|{i2:#o}")
    print(f"{i2:x}|{i2:X}|{i2:#x}|{i2:n}|{i2:c}|{i2:^5c}")
    print(f"{i2:_d}|{i2:e}|{i2:.3f}|{i2:%}|{i2:,.2f}|{i2:012,.1f}")
    print(f"{i2:+}|{i2: }|{i2:-}|{i2:=}|{i2:0}|{i2:00}")
    print(f"{i2:010}|{i2:+#x}|{i2:-#b}|{i2:=^}|{i2:*<+#012_X}")
    try:
        print(f"{i2:+c}")
    except ValueError as e:
        print('+c', "ValueError:", e)
    except OverflowError as e:
        print('+c', "OverflowError:", e)
    try:
        print(f"{i2:#c}")
    except ValueError as e:
        print('#c', "ValueError:", e)
    except OverflowError as e:
        print('#c', "OverflowError:", e)
    try:
        print(f"{i2:.2}")
    except ValueError as e:
        print('.2', "ValueError:", e)
    except OverflowError as e:
        print('.2', "OverflowError:", e)
    try:
        print(f"{i2:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{i2:,_}")
    except ValueError as e:
        print(',_', "ValueError:", e)
    except OverflowError as e:
        print(',_', "OverflowError:", e)
    try:
        print(f"{i2:_,}")
    except ValueError as e:
        print('_,', "ValueError:", e)
    except OverflowError as e:
        print('_,', "OverflowError:", e)
    try:
        print(f"{i2:,,}")
    except ValueError as e:
        print(',,', "ValueError:", e)
    except OverflowError as e:
        print(',,', "OverflowError:", e)
    try:
        print(f"{i2:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{i2:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    try:
        print(f"{i2:,x}")
    except ValueError as e:
        print(',x', "ValueError:", e)
    except OverflowError as e:
        print(',x', "OverflowError:", e)
    try:
        print(f"{i2:s}")
    except ValueError as e:
        print('s', "ValueError:", e)
    except OverflowError as e:
        print('s', "OverflowError:", e)
    try:
        print(f"{i2:10s,}")
    except ValueError as e:
        print('10s,', "ValueError:", e)
    except OverflowError as e:
        print('10s,', "OverflowError:", e)
    i3: int = -255
    print(f"{i3:}|{i3:d}|{i3:5}|{i3:05}|{i3:=09}|{i3:<05}")
    print(f"{i3:^07}|{i3:>07}|{i3:x^9}|{i3:0<5}|{i3:0=8}|{i3:+09,}")
    print(f"{i3:=+09,}|{i3: 08_}|{i3:,}|{i3:_}|{i3:013,}|{i3:012,}")
    print(f"{i3:011,}|{i3:_b}|{i3:#_b}|{i3:#010_x}|{i3:#X}|{i3:#o}")
    print(f"{i3:x}|{i3:X}|{i3:#x}|{i3:n}|{i3:_d}|{i3:e}")
    print(f"{i3:.3f}|{i3:%}|{i3:,.2f}|{i3:012,.1f}|{i3:+}|{i3: }")
    print(f"{i3:-}|{i3:=}|{i3:0}|{i3:00}|{i3:010}|{i3:+#x}")
    print(f"{i3:-#b}|{i3:=^}|{i3:*<+#012_X}")
    try:
        print(f"{i3:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{i3:^5c}")
    except ValueError as e:
        print('^5c', "ValueError:", e)
    except OverflowError as e:
        print('^5c', "OverflowError:", e)
    try:
        print(f"{i3:+c}")
    except ValueError as e:
        print('+c', "ValueError:", e)
    except OverflowError as e:
        print('+c', "OverflowError:", e)
    try:
        print(f"{i3:#c}")
    except ValueError as e:
        print('#c', "ValueError:", e)
    except OverflowError as e:
        print('#c', "OverflowError:", e)
    try:
        print(f"{i3:.2}")
    except ValueError as e:
        print('.2', "ValueError:", e)
    except OverflowError as e:
        print('.2', "OverflowError:", e)
    try:
        print(f"{i3:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{i3:,_}")
    except ValueError as e:
        print(',_', "ValueError:", e)
    except OverflowError as e:
        print(',_', "OverflowError:", e)
    try:
        print(f"{i3:_,}")
    except ValueError as e:
        print('_,', "ValueError:", e)
    except OverflowError as e:
        print('_,', "OverflowError:", e)
    try:
        print(f"{i3:,,}")
    except ValueError as e:
        print(',,', "ValueError:", e)
    except OverflowError as e:
        print(',,', "OverflowError:", e)
    try:
        print(f"{i3:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{i3:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    try:
        print(f"{i3:,x}")
    except ValueError as e:
        print(',x', "ValueError:", e)
    except OverflowError as e:
        print(',x', "OverflowError:", e)
    try:
        print(f"{i3:s}")
    except ValueError as e:
        print('s', "ValueError:", e)
    except OverflowError as e:
        print('s', "OverflowError:", e)
    try:
        print(f"{i3:10s,}")
    except ValueError as e:
        print('10s,', "ValueError:", e)
    except OverflowError as e:
        print('10s,', "OverflowError:", e)
    i4: int = 65
    print(f"{i4:}|{i4:d}|{i4:5}|{i4:05}|{i4:=09}|{i4:<05}")
    print(f"{i4:^07}|{i4:>07}|{i4:x^9}|{i4:0<5}|{i4:0=8}|{i4:+09,}")
    print(f"{i4:=+09,}|{i4: 08_}|{i4:,}|{i4:_}|{i4:013,}|{i4:012,}")
    print(f"{i4:011,}|{i4:_b}|{i4:#_b}|{i4:#010_x}|{i4:#X}|{i4:#o}")
    print(f"{i4:x}|{i4:X}|{i4:#x}|{i4:n}|{i4:c}|{i4:^5c}")
    print(f"{i4:_d}|{i4:e}|{i4:.3f}|{i4:%}|{i4:,.2f}|{i4:012,.1f}")
    print(f"{i4:+}|{i4: }|{i4:-}|{i4:=}|{i4:0}|{i4:00}")
    print(f"{i4:010}|{i4:+#x}|{i4:-#b}|{i4:=^}|{i4:*<+#012_X}")
    try:
        print(f"{i4:+c}")
    except ValueError as e:
        print('+c', "ValueError:", e)
    except OverflowError as e:
        print('+c', "OverflowError:", e)
    try:
        print(f"{i4:#c}")
    except ValueError as e:
        print('#c', "ValueError:", e)
    except OverflowError as e:
        print('#c', "OverflowError:", e)
    try:
        print(f"{i4:.2}")
    except ValueError as e:
        print('.2', "ValueError:", e)
    except OverflowError as e:
        print('.2', "OverflowError:", e)
    try:
        print(f"{i4:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{i4:,_}")
    except ValueError as e:
        print(',_', "ValueError:", e)
    except OverflowError as e:
        print(',_', "OverflowError:", e)
    try:
        print(f"{i4:_,}")
    except ValueError as e:
        print('_,', "ValueError:", e)
    except OverflowError as e:
        print('_,', "OverflowError:", e)
    try:
        print(f"{i4:,,}")
    except ValueError as e:
        print(',,', "ValueError:", e)
    except OverflowError as e:
        print(',,', "OverflowError:", e)
    try:
        print(f"{i4:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{i4:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    try:
        print(f"{i4:,x}")
    except ValueError as e:
        print(',x', "ValueError:", e)
    except OverflowError as e:
        print(',x', "OverflowError:", e)
    try:
        print(f"{i4:s}")
    except ValueError as e:
        print('s', "ValueError:", e)
    except OverflowError as e:
        print('s', "OverflowError:", e)
    try:
        print(f"{i4:10s,}")
    except ValueError as e:
        print('10s,', "ValueError:", e)
    except OverflowError as e:
        print('10s,', "OverflowError:", e)
    f0: float = 2.5
    print(f"{f0:}|{f0:.1}|{f0:.2}|{f0:.3}|{f0:.0}|{f0:.17}")
    print(f"{f0:#}|{f0:#.3}|{f0:n}|{f0:.3n}|{f0:#n}|{f0:e}")
    print(f"{f0:E}|{f0:.0e}|{f0:#.0e}|{f0:g}|{f0:G}|{f0:.1g}")
    print(f"{f0:#.1g}|{f0:#g}|{f0:#.3g}|{f0:f}|{f0:.0f}|{f0:#.0f}")
    print(f"{f0:F}|{f0:%}|{f0:.1%}|{f0:#.0%}|{f0:010}|{f0:=010}")
    print(f"{f0:<010}|{f0:^010}|{f0:x>12}|{f0:+}|{f0: }|{f0:z}")
    print(f"{f0:z.1f}|{f0:z.2e}|{f0:z.0f}|{f0:z%}|{f0:012,g}|{f0:012,.3f}")
    print(f"{f0:015,.2e}|{f0:013,}|{f0:_.1f}|{f0:,.0f}|{f0:013_.2f}|{f0:0=+13,.2f}")
    print(f"{f0:,g}|{f0:12,.4G}|{f0:z=+10.1f}|{f0:#010.0f}|{f0:,e}")
    try:
        print(f"{f0:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f0:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f0:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f0:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f0:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f0:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f1: float = 125.0
    print(f"{f1:}|{f1:.1}|{f1:.2}|{f1:.3}|{f1:.0}|{f1:.17}")
    print(f"{f1:#}|{f1:#.3}|{f1:n}|{f1:.3n}|{f1:#n}|{f1:e}")
    print(f"{f1:E}|{f1:.0e}|{f1:#.0e}|{f1:g}|{f1:G}|{f1:.1g}")
    print(f"{f1:#.1g}|{f1:#g}|{f1:#.3g}|{f1:f}|{f1:.0f}|{f1:#.0f}")
    print(f"{f1:F}|{f1:%}|{f1:.1%}|{f1:#.0%}|{f1:010}|{f1:=010}")
    print(f"{f1:<010}|{f1:^010}|{f1:x>12}|{f1:+}|{f1: }|{f1:z}")
    print(f"{f1:z.1f}|{f1:z.2e}|{f1:z.0f}|{f1:z%}|{f1:012,g}|{f1:012,.3f}")
    print(f"{f1:015,.2e}|{f1:013,}|{f1:_.1f}|{f1:,.0f}|{f1:013_.2f}|{f1:0=+13,.2f}")
    print(f"{f1:,g}|{f1:12,.4G}|{f1:z=+10.1f}|{f1:#010.0f}|{f1:,e}")
    try:
        print(f"{f1:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f1:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f1:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f1:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f1:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f1:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f2: float = -1234567.891
    print(f"{f2:}|{f2:.1}|{f2:.2}|{f2:.3}|{f2:.0}|{f2:.17}")
    print(f"{f2:#}|{f2:#.3}|{f2:n}|{f2:.3n}|{f2:#n}|{f2:e}")
    print(f"{f2:E}|{f2:.0e}|{f2:#.0e}|{f2:g}|{f2:G}|{f2:.1g}")
    print(f"{f2:#.1g}|{f2:#g}|{f2:#.3g}|{f2:f}|{f2:.0f}|{f2:#.0f}")
    print(f"{f2:F}|{f2:%}|{f2:.1%}|{f2:#.0%}|{f2:010}|{f2:=010}")
    print(f"{f2:<010}|{f2:^010}|{f2:x>12}|{f2:+}|{f2: }|{f2:z}")
    print(f"{f2:z.1f}|{f2:z.2e}|{f2:z.0f}|{f2:z%}|{f2:012,g}|{f2:012,.3f}")
    print(f"{f2:015,.2e}|{f2:013,}|{f2:_.1f}|{f2:,.0f}|{f2:013_.2f}|{f2:0=+13,.2f}")
    print(f"{f2:,g}|{f2:12,.4G}|{f2:z=+10.1f}|{f2:#010.0f}|{f2:,e}")
    try:
        print(f"{f2:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f2:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f2:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f2:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f2:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f2:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f3: float = 3e-06
    print(f"{f3:}|{f3:.1}|{f3:.2}|{f3:.3}|{f3:.0}|{f3:.17}")
    print(f"{f3:#}|{f3:#.3}|{f3:n}|{f3:.3n}|{f3:#n}|{f3:e}")
    print(f"{f3:E}|{f3:.0e}|{f3:#.0e}|{f3:g}|{f3:G}|{f3:.1g}")
    print(f"{f3:#.1g}|{f3:#g}|{f3:#.3g}|{f3:f}|{f3:.0f}|{f3:#.0f}")
    print(f"{f3:F}|{f3:%}|{f3:.1%}|{f3:#.0%}|{f3:010}|{f3:=010}")
    print(f"{f3:<010}|{f3:^010}|{f3:x>12}|{f3:+}|{f3: }|{f3:z}")
    print(f"{f3:z.1f}|{f3:z.2e}|{f3:z.0f}|{f3:z%}|{f3:012,g}|{f3:012,.3f}")
    print(f"{f3:015,.2e}|{f3:013,}|{f3:_.1f}|{f3:,.0f}|{f3:013_.2f}|{f3:0=+13,.2f}")
    print(f"{f3:,g}|{f3:12,.4G}|{f3:z=+10.1f}|{f3:#010.0f}|{f3:,e}")
    try:
        print(f"{f3:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f3:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f3:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f3:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f3:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f3:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f4: float = 1e20
    print(f"{f4:}|{f4:.1}|{f4:.2}|{f4:.3}|{f4:.0}|{f4:.17}")
    print(f"{f4:#}|{f4:#.3}|{f4:n}|{f4:.3n}|{f4:#n}|{f4:e}")
    print(f"{f4:E}|{f4:.0e}|{f4:#.0e}|{f4:g}|{f4:G}|{f4:.1g}")
    print(f"{f4:#.1g}|{f4:#g}|{f4:#.3g}|{f4:f}|{f4:.0f}|{f4:#.0f}")
    print(f"{f4:F}|{f4:%}|{f4:.1%}|{f4:#.0%}|{f4:010}|{f4:=010}")
    print(f"{f4:<010}|{f4:^010}|{f4:x>12}|{f4:+}|{f4: }|{f4:z}")
    print(f"{f4:z.1f}|{f4:z.2e}|{f4:z.0f}|{f4:z%}|{f4:012,g}|{f4:012,.3f}")
    print(f"{f4:015,.2e}|{f4:013,}|{f4:_.1f}|{f4:,.0f}|{f4:013_.2f}|{f4:0=+13,.2f}")
    print(f"{f4:,g}|{f4:12,.4G}|{f4:z=+10.1f}|{f4:#010.0f}|{f4:,e}")
    try:
        print(f"{f4:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f4:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f4:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f4:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f4:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f4:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f5: float = -0.0
    print(f"{f5:}|{f5:.1}|{f5:.2}|{f5:.3}|{f5:.0}|{f5:.17}")
    print(f"{f5:#}|{f5:#.3}|{f5:n}|{f5:.3n}|{f5:#n}|{f5:e}")
    print(f"{f5:E}|{f5:.0e}|{f5:#.0e}|{f5:g}|{f5:G}|{f5:.1g}")
    print(f"{f5:#.1g}|{f5:#g}|{f5:#.3g}|{f5:f}|{f5:.0f}|{f5:#.0f}")
    print(f"{f5:F}|{f5:%}|{f5:.1%}|{f5:#.0%}|{f5:010}|{f5:=010}")
    print(f"{f5:<010}|{f5:^010}|{f5:x>12}|{f5:+}|{f5: }|{f5:z}")
    print(f"{f5:z.1f}|{f5:z.2e}|{f5:z.0f}|{f5:z%}|{f5:012,g}|{f5:012,.3f}")
    print(f"{f5:015,.2e}|{f5:013,}|{f5:_.1f}|{f5:,.0f}|{f5:013_.2f}|{f5:0=+13,.2f}")
    print(f"{f5:,g}|{f5:12,.4G}|{f5:z=+10.1f}|{f5:#010.0f}|{f5:,e}")
    try:
        print(f"{f5:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f5:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f5:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f5:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f5:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f5:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f6: float = 0.0001
    print(f"{f6:}|{f6:.1}|{f6:.2}|{f6:.3}|{f6:.0}|{f6:.17}")
    print(f"{f6:#}|{f6:#.3}|{f6:n}|{f6:.3n}|{f6:#n}|{f6:e}")
    print(f"{f6:E}|{f6:.0e}|{f6:#.0e}|{f6:g}|{f6:G}|{f6:.1g}")
    print(f"{f6:#.1g}|{f6:#g}|{f6:#.3g}|{f6:f}|{f6:.0f}|{f6:#.0f}")
    print(f"{f6:F}|{f6:%}|{f6:.1%}|{f6:#.0%}|{f6:010}|{f6:=010}")
    print(f"{f6:<010}|{f6:^010}|{f6:x>12}|{f6:+}|{f6: }|{f6:z}")
    print(f"{f6:z.1f}|{f6:z.2e}|{f6:z.0f}|{f6:z%}|{f6:012,g}|{f6:012,.3f}")
    print(f"{f6:015,.2e}|{f6:013,}|{f6:_.1f}|{f6:,.0f}|{f6:013_.2f}|{f6:0=+13,.2f}")
    print(f"{f6:,g}|{f6:12,.4G}|{f6:z=+10.1f}|{f6:#010.0f}|{f6:,e}")
    try:
        print(f"{f6:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f6:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f6:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f6:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f6:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f6:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f7: float = 1e16
    print(f"{f7:}|{f7:.1}|{f7:.2}|{f7:.3}|{f7:.0}|{f7:.17}")
    print(f"{f7:#}|{f7:#.3}|{f7:n}|{f7:.3n}|{f7:#n}|{f7:e}")
    print(f"{f7:E}|{f7:.0e}|{f7:#.0e}|{f7:g}|{f7:G}|{f7:.1g}")
    print(f"{f7:#.1g}|{f7:#g}|{f7:#.3g}|{f7:f}|{f7:.0f}|{f7:#.0f}")
    print(f"{f7:F}|{f7:%}|{f7:.1%}|{f7:#.0%}|{f7:010}|{f7:=010}")
    print(f"{f7:<010}|{f7:^010}|{f7:x>12}|{f7:+}|{f7: }|{f7:z}")
    print(f"{f7:z.1f}|{f7:z.2e}|{f7:z.0f}|{f7:z%}|{f7:012,g}|{f7:012,.3f}")
    print(f"{f7:015,.2e}|{f7:013,}|{f7:_.1f}|{f7:,.0f}|{f7:013_.2f}|{f7:0=+13,.2f}")
    print(f"{f7:,g}|{f7:12,.4G}|{f7:z=+10.1f}|{f7:#010.0f}|{f7:,e}")
    try:
        print(f"{f7:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f7:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f7:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f7:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f7:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f7:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f8: float = 123456789.0
    print(f"{f8:}|{f8:.1}|{f8:.2}|{f8:.3}|{f8:.0}|{f8:.17}")
    print(f"{f8:#}|{f8:#.3}|{f8:n}|{f8:.3n}|{f8:#n}|{f8:e}")
    print(f"{f8:E}|{f8:.0e}|{f8:#.0e}|{f8:g}|{f8:G}|{f8:.1g}")
    print(f"{f8:#.1g}|{f8:#g}|{f8:#.3g}|{f8:f}|{f8:.0f}|{f8:#.0f}")
    print(f"{f8:F}|{f8:%}|{f8:.1%}|{f8:#.0%}|{f8:010}|{f8:=010}")
    print(f"{f8:<010}|{f8:^010}|{f8:x>12}|{f8:+}|{f8: }|{f8:z}")
    print(f"{f8:z.1f}|{f8:z.2e}|{f8:z.0f}|{f8:z%}|{f8:012,g}|{f8:012,.3f}")
    print(f"{f8:015,.2e}|{f8:013,}|{f8:_.1f}|{f8:,.0f}|{f8:013_.2f}|{f8:0=+13,.2f}")
    print(f"{f8:,g}|{f8:12,.4G}|{f8:z=+10.1f}|{f8:#010.0f}|{f8:,e}")
    try:
        print(f"{f8:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f8:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f8:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f8:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f8:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f8:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f9: float = 0.5
    print(f"{f9:}|{f9:.1}|{f9:.2}|{f9:.3}|{f9:.0}|{f9:.17}")
    print(f"{f9:#}|{f9:#.3}|{f9:n}|{f9:.3n}|{f9:#n}|{f9:e}")
    print(f"{f9:E}|{f9:.0e}|{f9:#.0e}|{f9:g}|{f9:G}|{f9:.1g}")
    print(f"{f9:#.1g}|{f9:#g}|{f9:#.3g}|{f9:f}|{f9:.0f}|{f9:#.0f}")
    print(f"{f9:F}|{f9:%}|{f9:.1%}|{f9:#.0%}|{f9:010}|{f9:=010}")
    print(f"{f9:<010}|{f9:^010}|{f9:x>12}|{f9:+}|{f9: }|{f9:z}")
    print(f"{f9:z.1f}|{f9:z.2e}|{f9:z.0f}|{f9:z%}|{f9:012,g}|{f9:012,.3f}")
    print(f"{f9:015,.2e}|{f9:013,}|{f9:_.1f}|{f9:,.0f}|{f9:013_.2f}|{f9:0=+13,.2f}")
    print(f"{f9:,g}|{f9:12,.4G}|{f9:z=+10.1f}|{f9:#010.0f}|{f9:,e}")
    try:
        print(f"{f9:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f9:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f9:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f9:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f9:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f9:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f10: float = 9.5
    print(f"{f10:}|{f10:.1}|{f10:.2}|{f10:.3}|{f10:.0}|{f10:.17}")
    print(f"{f10:#}|{f10:#.3}|{f10:n}|{f10:.3n}|{f10:#n}|{f10:e}")
    print(f"{f10:E}|{f10:.0e}|{f10:#.0e}|{f10:g}|{f10:G}|{f10:.1g}")
    print(f"{f10:#.1g}|{f10:#g}|{f10:#.3g}|{f10:f}|{f10:.0f}|{f10:#.0f}")
    print(f"{f10:F}|{f10:%}|{f10:.1%}|{f10:#.0%}|{f10:010}|{f10:=010}")
    print(f"{f10:<010}|{f10:^010}|{f10:x>12}|{f10:+}|{f10: }|{f10:z}")
    print(f"{f10:z.1f}|{f10:z.2e}|{f10:z.0f}|{f10:z%}|{f10:012,g}|{f10:012,.3f}")
    print(f"{f10:015,.2e}|{f10:013,}|{f10:_.1f}|{f10:,.0f}|{f10:013_.2f}|{f10:0=+13,.2f}")
    print(f"{f10:,g}|{f10:12,.4G}|{f10:z=+10.1f}|{f10:#010.0f}|{f10:,e}")
    try:
        print(f"{f10:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f10:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f10:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f10:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f10:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f10:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    f11: float = -0.04
    print(f"{f11:}|{f11:.1}|{f11:.2}|{f11:.3}|{f11:.0}|{f11:.17}")
    print(f"{f11:#}|{f11:#.3}|{f11:n}|{f11:.3n}|{f11:#n}|{f11:e}")
    print(f"{f11:E}|{f11:.0e}|{f11:#.0e}|{f11:g}|{f11:G}|{f11:.1g}")
    print(f"{f11:#.1g}|{f11:#g}|{f11:#.3g}|{f11:f}|{f11:.0f}|{f11:#.0f}")
    print(f"{f11:F}|{f11:%}|{f11:.1%}|{f11:#.0%}|{f11:010}|{f11:=010}")
    print(f"{f11:<010}|{f11:^010}|{f11:x>12}|{f11:+}|{f11: }|{f11:z}")
    print(f"{f11:z.1f}|{f11:z.2e}|{f11:z.0f}|{f11:z%}|{f11:012,g}|{f11:012,.3f}")
    print(f"{f11:015,.2e}|{f11:013,}|{f11:_.1f}|{f11:,.0f}|{f11:013_.2f}|{f11:0=+13,.2f}")
    print(f"{f11:,g}|{f11:12,.4G}|{f11:z=+10.1f}|{f11:#010.0f}|{f11:,e}")
    try:
        print(f"{f11:x}")
    except ValueError as e:
        print('x', "ValueError:", e)
    except OverflowError as e:
        print('x', "OverflowError:", e)
    try:
        print(f"{f11:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{f11:c}")
    except ValueError as e:
        print('c', "ValueError:", e)
    except OverflowError as e:
        print('c', "OverflowError:", e)
    try:
        print(f"{f11:.2s}")
    except ValueError as e:
        print('.2s', "ValueError:", e)
    except OverflowError as e:
        print('.2s', "OverflowError:", e)
    try:
        print(f"{f11:,n}")
    except ValueError as e:
        print(',n', "ValueError:", e)
    except OverflowError as e:
        print(',n', "OverflowError:", e)
    try:
        print(f"{f11:_n}")
    except ValueError as e:
        print('_n', "ValueError:", e)
    except OverflowError as e:
        print('_n', "OverflowError:", e)
    g0: float = float("inf")
    print(f"{g0:}|{g0:010}|{g0:=+10}|{g0:F}|{g0:.2%}|{g0:E}")
    print(f"{g0:g}|{g0:z}|{g0:012,.1f}|{g0:<+8}|{g0:^9}")
    g1: float = float("-inf")
    print(f"{g1:}|{g1:010}|{g1:=+10}|{g1:F}|{g1:.2%}|{g1:E}")
    print(f"{g1:g}|{g1:z}|{g1:012,.1f}|{g1:<+8}|{g1:^9}")
    g2: float = float("nan")
    print(f"{g2:}|{g2:010}|{g2:=+10}|{g2:F}|{g2:.2%}|{g2:E}")
    print(f"{g2:g}|{g2:z}|{g2:012,.1f}|{g2:<+8}|{g2:^9}")
    s0: str = "ab"
    print(f"{s0:}|{s0:5}|{s0:<5}|{s0:>5}|{s0:^6}|{s0:x^7}")
    print(f"{s0:05}|{s0:x<05}|{s0:.1}|{s0:7.2}|{s0:s}")
    try:
        print(f"{s0:+}")
    except ValueError as e:
        print('+', "ValueError:", e)
    except OverflowError as e:
        print('+', "OverflowError:", e)
    try:
        print(f"{s0: }")
    except ValueError as e:
        print(' ', "ValueError:", e)
    except OverflowError as e:
        print(' ', "OverflowError:", e)
    try:
        print(f"{s0:z}")
    except ValueError as e:
        print('z', "ValueError:", e)
    except OverflowError as e:
        print('z', "OverflowError:", e)
    try:
        print(f"{s0:#}")
    except ValueError as e:
        print('#', "ValueError:", e)
    except OverflowError as e:
        print('#', "OverflowError:", e)
    try:
        print(f"{s0:=5}")
    except ValueError as e:
        print('=5', "ValueError:", e)
    except OverflowError as e:
        print('=5', "OverflowError:", e)
    try:
        print(f"{s0:d}")
    except ValueError as e:
        print('d', "ValueError:", e)
    except OverflowError as e:
        print('d', "OverflowError:", e)
    try:
        print(f"{s0:,}")
    except ValueError as e:
        print(',', "ValueError:", e)
    except OverflowError as e:
        print(',', "OverflowError:", e)
    try:
        print(f"{s0:_}")
    except ValueError as e:
        print('_', "ValueError:", e)
    except OverflowError as e:
        print('_', "OverflowError:", e)
    b: bool = True
    print(f"{b}|{b:d}|{b:>5}|{b:05}|{b:x}|{b:.1f}")


if __name__ == "__main__":
    main()
