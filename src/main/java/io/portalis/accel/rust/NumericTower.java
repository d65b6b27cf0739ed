package io.portalis.accel.rust;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * Python's numeric tower lets a {@code float} variable, parameter, return value or container
 * element hold an int, and the int stays an int: {@code x: float = 1; print(x)} prints
 * {@code 1}, {@code min([2.5, 1])} is {@code 1}, {@code f(0)} returns {@code 0}.
 *
 * <p>A module is first translated with every float slot a Rust {@code f64}. Where an int reaches
 * one ({@link #refuseIntInFloatSlot}), the module is translated again with its {@code float}
 * annotations as {@link PyType#NUM} ({@code py::Num}, {@code src/main/resources/rust/num.rs}): an
 * int or a float, each computing, comparing, hashing and printing as CPython's. Values the
 * translation proves to be floats (float literals, {@code /}, {@code float()}, the math module,
 * arithmetic with a float operand) stay {@code f64} in either translation; values that may be
 * either (a mixed list, {@code min(2.5, 1)}, {@code sum()} of floats, which is the int 0 when
 * empty, {@code int ** int} with an exponent that may be negative) are {@code NUM} in both.
 *
 * <p>Equality between containers compares the numbers inside by value ({@code [1] == [1.0]}),
 * so two container types that differ only in int versus float are refused there rather than
 * settled as unequal by their types.
 */
final class NumericTower {
    private static final String INT_IN_FLOAT = "an int where a float is needed (a float variable, parameter, return "
            + "value or element, or next to a float branch or item): Python keeps the int, which prints as 1, not 1.0";

    private NumericTower() {}

    /** An int (or a value that may be one) where the first translation has an f64 slot. */
    static Unsupported refuseIntInFloatSlot(Node at) {
        return Unsupported.type(INT_IN_FLOAT + ", and the translation has only f64 there; write a float, e.g. 1.0 or float(n)", at);
    }

    /**
     * An int where the translation inferred a float slot of its own (an unannotated variable or
     * display first given a float), even with float annotations able to hold ints.
     */
    static Unsupported refuseIntInInferredFloat(Node at) {
        return Unsupported.type("an int where a float was inferred (a variable or element first given a float, not "
                + "annotated): Python keeps the int, which prints as 1, not 1.0; annotate the variable ': float'", at);
    }

    /** Whether a failed first translation met an int in a float slot, so float slots must be NUM. */
    static boolean intInFloatSlot(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.message().startsWith(INT_IN_FLOAT));
    }

    /** Whether an operation on these two types is one of NUM's: a NUM with an int, float or NUM. */
    static boolean involved(PyType a, PyType b) {
        return (a == PyType.NUM && PyType.isNumeric(b)) || (b == PyType.NUM && PyType.isNumeric(a));
    }

    /** Whether a value of this type may be stored in a NUM slot. */
    static boolean fitsNum(PyType t) {
        return t == PyType.NUM || t == PyType.INT || t == PyType.FLOAT;
    }

    /** The common type of two numbers where a value may be either (a mixed list, both branches). */
    static PyType join(PyType a, PyType b) {
        if (a.equals(b)) {
            return a;
        }
        return fitsNum(a) && fitsNum(b) ? PyType.NUM : null;
    }

    /** An int, float or NUM as a {@code py::Num}. */
    static Val toNum(FunctionTranslator ft, Val v, Node at) {
        if (v.type() == PyType.NUM) {
            return v;
        }
        if (v.type() == PyType.INT) {
            return new Val(RExpr.call("py::Num::I", ft.owned(v)), PyType.NUM, Kind.OWNED);
        }
        if (v.type() == PyType.FLOAT) {
            return new Val(RExpr.call("py::Num::F", ft.owned(v)), PyType.NUM, Kind.OWNED);
        }
        if (v.type() == PyType.BOOL) {
            // An operand only (True + x): a bool is the int it is.
            return new Val(RExpr.call("py::Num::I", new RExpr.Cast(FunctionTranslator.paren(ft.owned(v)), "i64")),
                    PyType.NUM, Kind.OWNED);
        }
        throw Unsupported.type("expected float, found " + v.type().python(), at);
    }

    /** {@code float(x)} of a NUM: the int converted, a float as it is. */
    static Val toFloat(Val v) {
        return new Val(RExpr.method(v.code(), "f"), PyType.FLOAT, Kind.OWNED);
    }

    /**
     * A binary operation with a NUM operand. A float operand makes the result a float in Python
     * whatever the NUM holds, so the NUM converts and the float operation runs; otherwise the
     * NUM's own operation keeps two ints an int.
     */
    static Val binary(FunctionTranslator ft, Operator op, Val l, Val r, Node at) {
        if (op == Operator.Div) {
            return new Val(ft.tryOf(RExpr.call("py::num_div", toNum(ft, l, at).code(), toNum(ft, r, at).code())),
                    PyType.FLOAT, Kind.OWNED);
        }
        if (l.type() == PyType.FLOAT || r.type() == PyType.FLOAT) {
            Val a = l.type() == PyType.NUM ? toFloat(l) : l;
            Val b = r.type() == PyType.NUM ? toFloat(r) : r;
            return ft.binary(op, a, b, at);
        }
        RExpr a = toNum(ft, l, at).code();
        RExpr b = toNum(ft, r, at).code();
        return switch (op) {
            case Add -> new Val(RExpr.method(a, "add", b), PyType.NUM, Kind.OWNED);
            case Sub -> new Val(RExpr.method(a, "sub", b), PyType.NUM, Kind.OWNED);
            case Mult -> new Val(RExpr.method(a, "mul", b), PyType.NUM, Kind.OWNED);
            case FloorDiv -> new Val(ft.tryOf(RExpr.method(a, "floordiv", b)), PyType.NUM, Kind.OWNED);
            case Mod -> new Val(ft.tryOf(RExpr.method(a, "rem", b)), PyType.NUM, Kind.OWNED);
            case Pow -> new Val(ft.tryOf(RExpr.method(a, "pow", b)), PyType.NUM, Kind.OWNED);
            default -> throw Unsupported.construct("operator " + op.symbol() + " on a float slot that may hold an int", at);
        };
    }

    /** {@code int ** int} whose exponent may be negative: an int, or a float when it is. */
    static Val intPow(FunctionTranslator ft, Val l, Val r, Node at) {
        return new Val(ft.tryOf(RExpr.method(toNum(ft, l, at).code(), "pow", toNum(ft, r, at).code())),
                PyType.NUM, Kind.OWNED);
    }

    /** {@code -x} of a NUM. */
    static Val negate(Val v) {
        return new Val(RExpr.method(v.code(), "neg"), PyType.NUM, Kind.OWNED);
    }

    /** A comparison with a NUM operand, exact between ints and floats as CPython's. */
    static RExpr compare(FunctionTranslator ft, CmpOp op, Val l, Val r, Node at) {
        RExpr sign = RExpr.method(toNum(ft, l, at).code(), "cmp", toNum(ft, r, at).code());
        return new RExpr.Binary(sign, op.symbol(), new RExpr.Atom("0.0"));
    }

    /** Python's truth value of a NUM. */
    static RExpr truthy(Val v) {
        return RExpr.method(v.code(), "truthy");
    }

    /** Converts a value to a NUM slot, or to the f64 slot of an inferred float. */
    static Val coerce(FunctionTranslator ft, Val v, PyType to, Node at) {
        if (to == PyType.NUM) {
            return toNum(ft, v, at);
        }
        // An int, or a NUM that may hold one, into an f64.
        throw ft.module.intsInFloats ? refuseIntInInferredFloat(at) : refuseIntInFloatSlot(at);
    }

    /** Whether a value of type {@code from} goes into a {@code to} slot as a conversion that keeps its value: into a NUM. */
    static boolean holdsWithoutLoss(PyType from, PyType to) {
        return to == PyType.NUM && fitsNum(from);
    }

    /** Whether any unpacked item of these types goes into its variable converted (a float into a NUM variable). */
    static boolean anyConverted(List<PyType> items, List<Local> targets) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).equals(targets.get(i).type()) && holdsWithoutLoss(items.get(i), targets.get(i).type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #coerce} handles a conversion from one type to the other. */
    static boolean coerces(PyType from, PyType to) {
        return (to == PyType.NUM && fitsNum(from)) || (to == PyType.FLOAT && (from == PyType.INT || from == PyType.NUM));
    }

    /** The element type a display or comprehension settles on: in a module whose float slots are NUM, a float's too. */
    static PyType element(FunctionTranslator ft, PyType t) {
        if (t == PyType.INT && ft.module.bigInts) {
            return PyType.BIG; // a variable or element first given an i64 (len(), a range item) may grow
        }
        return t == PyType.FLOAT && ft.module.intsInFloats ? PyType.NUM : t;
    }

    /**
     * Whether {@code from} is {@code to} but for a NUM (a value that may be an int) inside a
     * container where {@code to} has a float: the first translation's f64 slot, which a translation
     * with NUM float slots carries.
     */
    static boolean numInFloatSlot(PyType from, PyType to) {
        if (from == PyType.NUM && to == PyType.FLOAT) {
            return true;
        }
        if (from instanceof PyType.ListT x && to instanceof PyType.ListT y) {
            return numInFloatSlot(x.elem(), y.elem());
        }
        if (from instanceof PyType.SetT x && to instanceof PyType.SetT y) {
            return numInFloatSlot(x.elem(), y.elem());
        }
        if (from instanceof PyType.DictT x && to instanceof PyType.DictT y && x.key().equals(y.key())) {
            return numInFloatSlot(x.value(), y.value());
        }
        if (from instanceof PyType.TupleT x && to instanceof PyType.TupleT y && x.elems().size() == y.elems().size()) {
            boolean any = false;
            for (int i = 0; i < x.elems().size(); i++) {
                boolean num = numInFloatSlot(x.elems().get(i), y.elems().get(i));
                if (!num && !x.elems().get(i).equals(y.elems().get(i))) {
                    return false;
                }
                any |= num;
            }
            return any;
        }
        return false;
    }

    /** Whether values of two different types may still be equal: ints and floats at the same places. */
    static boolean numbersInside(PyType a, PyType b) {
        if (a.equals(b)) {
            return true;
        }
        if ((PyType.isNumeric(a) || a == PyType.BIG) && (PyType.isNumeric(b) || b == PyType.BIG)) {
            return true; // an int::Int and an i64, or a py::Num: equal values of different Rust types
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
