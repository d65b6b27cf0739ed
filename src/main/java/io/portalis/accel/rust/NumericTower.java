package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;

/**
 * Python's numeric tower lets a {@code float} variable, parameter, return value or container
 * element hold an int, and the int stays an int: {@code x: float = 1; print(x)} prints
 * {@code 1}, {@code min([2.5, 1])} is {@code 1}, {@code f(0)} returns {@code 0}. The translation
 * gives a float slot a Rust {@code f64}, which cannot remember that its value was an int, so
 * an int stored into one is refused rather than printed as {@code 1.0}. An int that an operation
 * combines with a float ({@code i + 2.5}, {@code float(i)}, {@code i / j}) is a float in Python
 * too and is converted ({@link FunctionTranslator#promote}).
 *
 * <p>Equality between containers compares the numbers inside by value ({@code [1] == [1.0]}),
 * so two container types that differ only in int versus float are refused there rather than
 * settled as unequal by their types.
 */
final class NumericTower {
    private NumericTower() {}

    static Unsupported refuseIntInFloatSlot(Node at) {
        return Unsupported.type("an int where a float is needed (a float variable, parameter, return value or "
                + "element, or next to a float branch or item): Python keeps the int, which prints as 1, not 1.0, "
                + "and the translation has only f64 there; write a float, e.g. 1.0 or float(n)", at);
    }

    /** Whether values of two different types may still be equal: ints and floats at the same places. */
    static boolean numbersInside(PyType a, PyType b) {
        if (a.equals(b)) {
            return true;
        }
        if (PyType.isNumeric(a) && PyType.isNumeric(b)) {
            return true;
        }
        if (a instanceof PyType.ListT x && b instanceof PyType.ListT y) {
            return numbersInside(x.elem(), y.elem());
        }
        if (a instanceof PyType.SetT x && b instanceof PyType.SetT y) {
            return numbersInside(x.elem(), y.elem());
        }
        if (a instanceof PyType.DictT x && b instanceof PyType.DictT y) {
            return numbersInside(x.key(), y.key()) && numbersInside(x.value(), y.value());
        }
        if (a instanceof PyType.OptionalT x) {
            return numbersInside(x.inner(), b instanceof PyType.OptionalT y ? y.inner() : b);
        }
        if (b instanceof PyType.OptionalT y) {
            return numbersInside(a, y.inner());
        }
        if (a instanceof PyType.TupleT x && b instanceof PyType.TupleT y && x.elems().size() == y.elems().size()) {
            for (int i = 0; i < x.elems().size(); i++) {
                if (!numbersInside(x.elems().get(i), y.elems().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
