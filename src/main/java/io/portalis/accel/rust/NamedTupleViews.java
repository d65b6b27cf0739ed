package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * A NamedTuple object where CPython uses it as the plain tuple of its fields: the Rust struct's
 * {@code as_tuple()} view and the hash impls that follow the tuple's (so a set of them has
 * CPython's order), slicing and indexing by a computed position, loop targets that unpack it,
 * and {@code _fields}. A NamedTuple of more than six fields has no tuple view (the runtime's
 * tuple impls stop at six): those uses are refused for it.
 */
final class NamedTupleViews {
    /** The most fields a tuple view has: the prelude implements its tuple traits up to six. */
    static final int MAX_FIELDS = 6;

    private NamedTupleViews() {
    }

    /** {@code impl Point { fn as_tuple(..) }} and, where the fields hash, {@code Eq}, {@code Hash}, {@code PyHash}. */
    static void emit(RustPrinter p, ClassInfo root) {
        PyType.TupleT t = NamedTuples.tupleType(new PyType.ClassT(root));
        if (t == null) {
            return;
        }
        String name = root.rustName();
        List<RExpr> fields = new ArrayList<>();
        for (String f : ClassEmitter.dataclassFields(root)) {
            fields.add(RExpr.method(new RExpr.Atom("self"), "get_" + FunctionTranslator.fieldName(f)));
        }
        p.blank();
        p.line(0, "impl " + name + " {");
        p.line(4, "/// The object as the plain tuple of its fields, as CPython uses it where it acts as a tuple.");
        p.line(4, "fn as_tuple(&self) -> " + t.rust() + " {");
        EnumClasses.tail(p, 8, new RExpr.Tuple(fields));
        p.line(4, "}");
        p.line(0, "}");
        if (PyType.hashable(t) || PyType.setElement(t)) {
            p.blank();
            EnumClasses.hashImpls(p, name, "self.as_tuple()", PyType.hashable(t), PyType.setElement(t));
        }
    }

    /**
     * {@code p[1:]}, {@code p[::-1]} with literal bounds: the tuple of those fields; {@code p[i]} with
     * a computed position where every field has one type: the item, or CPython's IndexError.
     */
    static Val subscript(FunctionTranslator ft, Val obj, Expr.Subscript s) {
        PyType.TupleT t = NamedTuples.tupleType(obj.type());
        String name = ((PyType.ClassT) obj.type()).info().name();
        if (t == null) {
            throw Unsupported.construct("indexing a NamedTuple of more than " + MAX_FIELDS + " fields by other than a literal", s);
        }
        if (!(s.slice() instanceof Expr.Slice sl)) {
            PyType elem = LoopLowering.iterElement(t);
            if (elem == null) {
                throw Unsupported.construct("NamedTuple index that is not a literal (" + name + "'s fields differ in type)", s.slice());
            }
            Val key = ft.index(ft.expr(s.slice(), PyType.INT), s.slice());
            RExpr items = RExpr.call("py::Tuple", ft.iterVec(NamedTuples.asTuple(obj), s));
            return new Val(ft.tryOf(RExpr.method(items, "get", key.code())), elem, Kind.OWNED);
        }
        Integer lo = literal(sl.lower());
        Integer hi = literal(sl.upper());
        Integer step = literal(sl.step());
        if ((sl.lower() != null && lo == null) || (sl.upper() != null && hi == null) || (sl.step() != null && step == null)) {
            throw Unsupported.construct("NamedTuple slice with bounds that are not literals", s.slice());
        }
        int n = t.elems().size();
        int by = step == null ? 1 : step;
        if (by == 0) {
            throw Unsupported.type("slice step cannot be zero (ValueError)", sl.step());
        }
        List<Integer> picked = indices(n, lo, hi, by);
        if (picked.isEmpty()) {
            throw Unsupported.construct("NamedTuple slice that selects no field (an empty tuple)", s.slice());
        }
        Local made = ft.tempLocal("fields", t);
        List<RExpr> items = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        for (int i : picked) {
            items.add(new RExpr.Field(new RExpr.Atom(made.rust()), String.valueOf(i)));
            types.add(t.elems().get(i));
        }
        RExpr code = new RExpr.Block(null, List.of(new RStmt.Let(made, false, RExpr.method(obj.code(), "as_tuple"))),
                new RExpr.Tuple(items));
        return new Val(code, new PyType.TupleT(types), Kind.OWNED);
    }

    /** The positions {@code range(n)[lo:hi:step]} selects, as {@code slice.indices} computes them. */
    static List<Integer> indices(int n, Integer lo, Integer hi, int step) {
        int start;
        int stop;
        if (step > 0) {
            start = lo == null ? 0 : clamp(lo < 0 ? lo + n : lo, 0, n);
            stop = hi == null ? n : clamp(hi < 0 ? hi + n : hi, 0, n);
        } else {
            start = lo == null ? n - 1 : clamp(lo < 0 ? lo + n : lo, -1, n - 1);
            stop = hi == null ? -1 : clamp(hi < 0 ? hi + n : hi, -1, n - 1);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
            out.add(i);
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** A literal int bound ({@code 2}, {@code -1}); null for none or for any other expression. */
    private static Integer literal(Expr e) {
        boolean negative = false;
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            negative = true;
            e = u.operand();
        }
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i && i.value().bitLength() < 31) {
            return negative ? -i.value().intValue() : i.value().intValue();
        }
        return null;
    }

    /** {@code Point._fields} or {@code p._fields}: the tuple of the field names; null for anything else. */
    static Val fields(FunctionTranslator ft, Expr.Attribute a) {
        if (!a.attr().equals("_fields") || !(a.value() instanceof Expr.Name n)) {
            return null;
        }
        ClassInfo c = ft.isLocal(n.id()) ? null : ft.module.classOf(n.id());
        if (c == null && ft.isLocal(n.id()) && NamedTuples.is(ft.expr(n, null).type())) {
            c = ((PyType.ClassT) ft.expr(n, null).type()).info();
        }
        if (c == null || !NamedTuples.is(c)) {
            return null;
        }
        List<RExpr> names = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        for (String f : ClassEmitter.dataclassFields(c)) {
            names.add(RExpr.method(new RExpr.Atom(RustLiterals.string(f)), "to_string"));
            types.add(PyType.STR);
        }
        if (names.size() > MAX_FIELDS) {
            throw Unsupported.construct("_fields of a NamedTuple of more than " + MAX_FIELDS + " fields", a);
        }
        return new Val(new RExpr.Tuple(names), new PyType.TupleT(types), Kind.OWNED);
    }

    /**
     * A loop target {@code x, y} over NamedTuple items: the item binds to a temporary and the
     * statement that unpacks its tuple view goes to {@code unpacks}, to open the loop's body.
     */
    static RStmt.Pat loopTarget(LoopLowering loops, FunctionTranslator ft, Expr.Tuple target, PyType elem, List<RStmt> unpacks) {
        PyType.TupleT t = NamedTuples.tupleType(elem);
        if (t == null) {
            throw Unsupported.construct("unpacking a NamedTuple of more than " + MAX_FIELDS + " fields", target);
        }
        Local item = ft.tempLocal("row", elem);
        int first = unpacks.size();
        RStmt.Pat inner = loops.bindTarget(target, t);
        // Before the statements that unpack the fields' own NamedTuples, which it binds.
        unpacks.add(first, new RStmt.LetPattern(inner, RExpr.method(new RExpr.Atom(item.rust()), "as_tuple")));
        return item::rust;
    }

    /**
     * A NamedTuple as the container of {@code x in p}: a {@code py::Tuple} of its fields where they
     * have one type; any other value unchanged.
     */
    static Val sequence(FunctionTranslator ft, Val v, io.portalis.accel.python.ast.Node at) {
        if (!NamedTuples.is(v.type())) {
            return v;
        }
        PyType.TupleT t = NamedTuples.tupleType(v.type());
        PyType elem = t == null ? null : LoopLowering.iterElement(t);
        if (elem == null) {
            throw Unsupported.construct("'in' on a NamedTuple whose fields differ in type (or has more than " + MAX_FIELDS
                    + ")", at);
        }
        return new Val(RExpr.call("py::Tuple", ft.iterVec(v, at)), new PyType.VarTupleT(elem), Kind.OWNED);
    }
}
