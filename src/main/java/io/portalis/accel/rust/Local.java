package io.portalis.accel.rust;

/**
 * A local variable of the function being translated: its Rust name, its type (settled at its
 * first assignment or annotation) and how many places assign it, which decides {@code mut}.
 */
final class Local {
    private final String python;
    private final String rust;
    private PyType type;
    private int assignments;
    private Local narrowedFrom;
    private boolean checked;

    Local(String python, String rust, PyType type) {
        this.python = python;
        this.rust = rust;
        this.type = type;
    }

    String python() {
        return python;
    }

    String rust() {
        return rust;
    }

    PyType type() {
        return type;
    }

    void type(PyType t) {
        this.type = t;
    }

    /** For a name narrowed from Optional[T] to T: the Optional variable its writes go to. */
    Local narrowedFrom() {
        return narrowedFrom;
    }

    void narrowedFrom(Local l) {
        this.narrowedFrom = l;
    }

    /** Marks a local that may be read unbound: an {@code Option} in Rust, None while unbound. */
    void checked() {
        this.checked = true;
    }

    boolean isChecked() {
        return checked;
    }

    /** The Rust type of the variable (a checked local's is an Option of its value's). */
    String rustType() {
        return checked ? "Option<" + type.rust() + ">" : type.rust();
    }

    void assigned() {
        assignments++;
    }

    boolean mutable() {
        return assignments > 1;
    }
}
