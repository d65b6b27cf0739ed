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
 */
final class FloatSlot {
    private FloatSlot() {}

    static Unsupported refuse(Node at) {
        return Unsupported.type("an int where a float is needed (a float variable, parameter, return value or "
                + "element, or next to a float branch or item): Python keeps the int, which prints as 1, not 1.0, "
                + "and the translation has only f64 there; write a float, e.g. 1.0 or float(n)", at);
    }
}
