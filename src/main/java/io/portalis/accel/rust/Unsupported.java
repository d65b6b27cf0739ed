package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;

/**
 * Stops the translation of one function or class at a construct outside the subset, or at a
 * type that cannot be settled; the translator turns it into a diagnostic at the node's span.
 */
final class Unsupported extends RuntimeException {
    private final String code;
    private final int start;
    private final int end;

    private Unsupported(String code, String message, int start, int end) {
        super(message, null, false, false);
        this.code = code;
        this.start = start;
        this.end = end;
    }

    /** {@code unsupported: <construct>} at the node. */
    static Unsupported construct(String construct, Node at) {
        return new Unsupported("E-UNSUPPORTED", "unsupported: " + construct, at.start(), at.end());
    }

    /** A type problem: a type that cannot be settled, or two that do not fit. */
    static Unsupported type(String message, Node at) {
        return new Unsupported("E-TYPE", message, at.start(), at.end());
    }

    /** A name that does not exist where it is looked up (an unknown module attribute). */
    static Unsupported name(String message, Node at) {
        return new Unsupported("E-NAME", message, at.start(), at.end());
    }

    String code() {
        return code;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
