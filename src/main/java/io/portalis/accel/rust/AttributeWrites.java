package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;

/**
 * The attribute stores a class's machinery forbids: an enum member's attributes (CPython's
 * {@code name} and {@code value} are read-only, and members are shared by the whole program),
 * and a frozen dataclass's ({@link DataclassExtras}), where the store raises
 * {@code FrozenInstanceError} as CPython's generated {@code __setattr__} does.
 */
final class AttributeWrites {
    private AttributeWrites() {
    }

    /**
     * Checks {@code obj.attr = ...} on an instance of {@code c}: refuses it for an enum member;
     * for a frozen dataclass, emits the raise (the stored value is already made, as in Python)
     * and answers true, so the caller stores nothing ({@code augmented}: an {@code obj.attr += v},
     * refused there, since its operands would have to run first).
     */
    static boolean raised(FunctionTranslator ft, ClassInfo c, String attr, Node at, boolean augmented) {
        if (c.enumInfo() != null) {
            throw Unsupported.construct("attribute assignment on an enum member", at);
        }
        RStmt raise = DataclassExtras.frozenStore(ft, c, attr, at, augmented);
        if (raise != null) {
            ft.out.add(raise);
            return true;
        }
        return false;
    }
}
