package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * Objects of user classes that define {@code __iter__} as a generator method
 * ({@code def __iter__(self) -> Iterator[int]: ... yield ...}). Python's {@code iter(obj)} calls it
 * and gets a generator; so here, wherever an iterable is consumed (a {@code for}, a comprehension,
 * {@code list()}, {@code sum()}, {@code sorted()}, unpacking, {@code in} without
 * {@code __contains__}), the object becomes the {@code py::Gen} its {@code __iter__} returns, and
 * the consumer steps through it as it steps through any generator: lazily, once per consumer,
 * each step running the method's body up to its next yield.
 */
final class IterableObjects {
    private IterableObjects() {}

    /** The item type of an object whose class has a generator {@code __iter__}; null for any other type. */
    static PyType element(PyType t) {
        if (!(t instanceof PyType.ClassT c)) {
            return null;
        }
        FunctionSig sig = c.info().signature("__iter__");
        return sig != null && sig.returns() instanceof PyType.GenT g ? g.elem() : null;
    }

    static boolean iterable(PyType t) {
        return element(t) != null;
    }

    /** {@code iter(obj)}: the generator its {@code __iter__} returns; another value unchanged. */
    static Val iterated(FunctionTranslator ft, Val v) {
        if (!iterable(v.type())) {
            return v;
        }
        PyType elem = element(v.type());
        RExpr call = RExpr.method(v.code(), ClassEmitter.methodName("__iter__"));
        return new Val(ft.tryOf(call), new PyType.GenT(elem), Kind.OWNED);
    }

    /**
     * {@code item in obj} for a class without {@code __contains__}: Python steps through
     * {@code __iter__} and stops at the first equal item. Only for items whose Rust equality is
     * Python's (ints, strs, bools); null where the object is not iterable this way.
     */
    static RExpr contains(FunctionTranslator ft, Val container, Val item, Node at) {
        PyType elem = element(container.type());
        if (elem == null) {
            return null;
        }
        if (elem != PyType.INT && elem != PyType.STR && elem != PyType.BOOL) {
            throw Unsupported.construct("'in' through __iter__ over items of type " + elem.python(), at);
        }
        Val wanted = ft.coerce(item, elem, at);
        Local held = ft.temp("item", elem);
        ft.emit(new RStmt.Let(held, false, ft.owned(wanted)));
        RExpr gen = iterated(ft, container).code();
        // The first step that is equal (Ok(true)) or raises, else Ok(false) at the end.
        RExpr steps = RExpr.method(gen, "map", new RExpr.Atom("|step| step.map(|x| x == " + held.rust() + ")"));
        RExpr found = RExpr.method(steps, "find", new RExpr.Atom("|r| !matches!(r, Ok(false))"));
        return ft.tryOf(RExpr.method(found, "unwrap_or", new RExpr.Atom("Ok(false)")));
    }
}
