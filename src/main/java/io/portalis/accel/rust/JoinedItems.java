package io.portalis.accel.rust;

/**
 * What {@code sep.join(x)} takes from the iterables beyond lists and iterators: a dict's keys,
 * a set's or a tuple's items ({@code ", ".join(d)} joins the keys of a {@code dict[str, V]}).
 */
final class JoinedItems {
    private JoinedItems() {}

    /** The item type {@code join} reads from {@code t}, or null when it is none of those iterables. */
    static PyType elem(PyType t) {
        if (t instanceof PyType.DictT d) {
            return d.key();
        }
        if (t instanceof PyType.SetT s) {
            return s.elem();
        }
        if (t instanceof PyType.VarTupleT v) {
            return v.elem();
        }
        if (t instanceof PyType.TupleT tt && !tt.elems().isEmpty()
                && tt.elems().stream().allMatch(e -> e == PyType.STR)) {
            return PyType.STR;
        }
        return null;
    }
}
