package io.portalis.accel.rust.fuzz;

import java.util.List;

/**
 * A static type of the generated subset: the annotation text and, for containers, what they hold.
 * Class types carry the generated class's name.
 */
record Ty(Kind kind, String py, Ty elem, Ty val) {
    enum Kind { INT, FLOAT, BOOL, STR, LIST, DICT, SET, TUPLE, OPTIONAL, OBJECT }

    static final Ty INT = new Ty(Kind.INT, "int", null, null);
    static final Ty FLOAT = new Ty(Kind.FLOAT, "float", null, null);
    static final Ty BOOL = new Ty(Kind.BOOL, "bool", null, null);
    static final Ty STR = new Ty(Kind.STR, "str", null, null);
    static final Ty LIST_INT = list(INT);
    static final Ty LIST_STR = list(STR);
    static final Ty LIST_FLOAT = list(FLOAT);
    static final Ty DICT_STR_INT = new Ty(Kind.DICT, "dict[str, int]", STR, INT);
    static final Ty SET_INT = new Ty(Kind.SET, "set[int]", INT, null);
    /** tuple[int, str]: elem is the first item's type, val the second's. */
    static final Ty TUPLE_INT_STR = new Ty(Kind.TUPLE, "tuple[int, str]", INT, STR);
    static final Ty OPT_INT = new Ty(Kind.OPTIONAL, "Optional[int]", INT, null);
    static final Ty OPT_STR = new Ty(Kind.OPTIONAL, "Optional[str]", STR, null);

    /** The value types an expression or variable may have (class types are added per program). */
    static final List<Ty> VALUES = List.of(INT, FLOAT, BOOL, STR, LIST_INT, LIST_STR, LIST_FLOAT, DICT_STR_INT,
            SET_INT, TUPLE_INT_STR, OPT_INT, OPT_STR);

    static Ty list(Ty elem) {
        return new Ty(Kind.LIST, "list[" + elem.py + "]", elem, null);
    }

    static Ty object(String className) {
        return new Ty(Kind.OBJECT, className, null, null);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Numbers, bools and str: the types an f-string, str() or a comparison takes directly. */
    boolean scalar() {
        return kind == Kind.INT || kind == Kind.FLOAT || kind == Kind.BOOL || kind == Kind.STR;
    }

    @Override
    public String toString() {
        return py;
    }
}
