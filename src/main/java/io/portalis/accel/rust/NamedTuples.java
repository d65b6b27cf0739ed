package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code typing.NamedTuple} classes. One is translated as a frozen, ordered dataclass
 * ({@link DataclassExtras}): the same constructor with defaults, the same repr
 * ({@code Point(x=1, y=2)}), equality and ordering by the tuple of its fields; what a tuple adds
 * is here: {@code len()}, indexing by a literal position, {@code _replace}, {@code _asdict}, and
 * the AttributeError CPython raises on assignment. Equality with a plain tuple, iteration,
 * unpacking and hashing (sets, dict keys) are refused rather than guessed.
 */
final class NamedTuples {
    private NamedTuples() {
    }

    /** Whether a class derives from {@code NamedTuple} as imported from typing. */
    static boolean declared(Stmt.ClassDef c, ModuleScope scope) {
        for (Expr b : c.bases()) {
            if (b instanceof Expr.Name n && scope.classOf(n.id()) != null && is(scope.classOf(n.id()))) {
                throw Unsupported.construct("subclass of the NamedTuple class '" + n.id() + "'", b);
            }
        }
        return scope.namedTupleCalls.contains(c) || (c.bases().size() == 1 && c.bases().get(0) instanceof Expr.Name b
                && b.id().equals("NamedTuple") && scope.classFormNames.contains("NamedTuple") && scope.classOf("NamedTuple") == null);
    }

    /** Declares a NamedTuple class: a frozen, ordered dataclass marked as a tuple. */
    static ClassInfo declare(Stmt.ClassDef c) {
        if (!c.decorator_list().isEmpty()) {
            throw Unsupported.construct("decorator on a NamedTuple class", c.decorator_list().get(0));
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("class keyword arguments", c.keywords().get(0));
        }
        ClassInfo info = new ClassInfo(c.name(), c, null, true, false, null);
        DataclassExtras.Spec spec = info.dataclassSpec();
        spec.frozen = true;
        spec.order = true;
        spec.namedTuple = true;
        return info;
    }

    static boolean is(ClassInfo c) {
        return c.dataclass() && c.dataclassSpec().namedTuple;
    }

    static boolean is(PyType t) {
        return t instanceof PyType.ClassT c && is(c.info());
    }

    /** A NamedTuple field's default: a constant, which CPython makes once and every object shares. */
    static Expr fieldDefault(String name, Expr value) {
        if (name.startsWith("_")) {
            throw Unsupported.type("field names cannot start with an underscore: '" + name + "' (ValueError)", value == null
                    ? new Expr.Name(name, ExprContext.Load, 0, 0) : value);
        }
        if (value != null && !ConstantFolding.isConstant(value)) {
            throw Unsupported.construct("NamedTuple field default other than a constant (made once, shared by every object)", value);
        }
        return value;
    }

    /** The methods a NamedTuple has as a tuple: {@code __len__}; refuses those it may not define. */
    static void tupleMethods(ClassInfo c) {
        if (!is(c)) {
            return;
        }
        for (String m : List.of("__init__", "__new__", "__len__", "__getitem__", "__setattr__", "__iter__", "__contains__",
                "__hash__")) {
            if (c.methods().containsKey(m)) {
                throw Unsupported.construct("NamedTuple class defining " + m, c.methods().get(m));
            }
        }
        int at = c.def().start();
        Arguments args = new Arguments(List.of(), List.of(new Arg("self", null, null, at, at)), null, List.of(), List.of(),
                null, List.of(), at, at);
        Expr n = new Expr.Constant(new ConstantValue.Int(BigInteger.valueOf(ClassEmitter.dataclassFields(c).size())), null, at, at);
        c.methods().put("__len__", new Stmt.FunctionDef("__len__", args, List.of(new Stmt.Return(n, at, at)), List.of(),
                new Expr.Name("int", ExprContext.Load, at, at), null, at, at));
    }

    /** {@code point[0]}, {@code point[-1]}: the field at a literal position; null when not a NamedTuple. */
    static Val item(FunctionTranslator ft, Val obj, Expr.Subscript s) {
        if (!is(obj.type())) {
            return null;
        }
        if (s.slice() instanceof Expr.Slice || !literalIndex(s.slice())) {
            return NamedTupleViews.subscript(ft, obj, s);
        }
        ClassInfo c = ((PyType.ClassT) obj.type()).info();
        List<String> fields = ClassEmitter.dataclassFields(c);
        Expr index = s.slice();
        boolean negative = false;
        if (index instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            negative = true;
            index = u.operand();
        }
        ConstantValue.Int i = (ConstantValue.Int) ((Expr.Constant) index).value();
        long pos = negative ? fields.size() - i.value().longValue() : i.value().longValue();
        if (pos < 0 || pos >= fields.size()) {
            throw Unsupported.type("tuple index out of range (" + c.name() + " has " + fields.size() + " fields)", s.slice());
        }
        String f = fields.get((int) pos);
        return new Val(RExpr.method(obj.code(), "get_" + FunctionTranslator.fieldName(f)), c.field(f), Kind.OWNED);
    }

    private static boolean literalIndex(Expr e) {
        Expr v = e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub ? u.operand() : e;
        return v instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int;
    }

    /** {@code p._replace(x=1)} and {@code p._asdict()}; null for any other call. */
    static Val call(FunctionTranslator ft, Expr.Attribute a, Expr.Call c) {
        if (!a.attr().equals("_replace") && !a.attr().equals("_asdict")) {
            return null;
        }
        if (!(a.value() instanceof Expr.Name)) {
            return null;
        }
        Val obj = ft.expr(a.value(), null);
        if (!is(obj.type())) {
            return null;
        }
        ClassInfo k = ((PyType.ClassT) obj.type()).info();
        if (a.attr().equals("_replace")) {
            if (!c.args().isEmpty()) {
                throw Unsupported.type("_replace() takes fields by keyword", c);
            }
            return DataclassExtras.replace(ft, c, a.value());
        }
        if (!c.args().isEmpty() || !c.keywords().isEmpty()) {
            throw Unsupported.type("_asdict() takes no arguments", c);
        }
        List<String> fields = ClassEmitter.dataclassFields(k);
        List<RExpr> pairs = new java.util.ArrayList<>();
        for (String f : fields) {
            PyType t = k.field(f);
            if (!PyType.printable(t)) {
                throw Unsupported.construct("_asdict() of a " + k.name() + " with a " + t.python() + " field", c);
            }
            pairs.add(new RExpr.Tuple(List.of(RExpr.method(new RExpr.Atom(RustLiterals.string(f)), "to_string"),
                    RExpr.call("py::Arg::of", new RExpr.Unary("&", RExpr.method(obj.code(), "get_" + FunctionTranslator.fieldName(f)))))));
        }
        return new Val(RExpr.call("py::Dict::from", new RExpr.Macro("vec", pairs, true, false)),
                new PyType.DictT(PyType.STR, PyType.ARG), Kind.OWNED);
    }

    /**
     * {@code point == (1, 2)}, {@code point < other_kind}: CPython compares a NamedTuple with a tuple
     * or with another NamedTuple class as the tuples of their fields. Gives both operands as tuples
     * then; null when the comparison is the class's own (two objects of one class) or no NamedTuple's.
     */
    static Val[] compareAsTuples(Val l, Val r) {
        if ((is(l.type()) || is(r.type())) && !l.type().equals(r.type())) {
            return new Val[] {asTuple(l), asTuple(r)};
        }
        return null;
    }

    /** The tuple of a NamedTuple type's field types; null for any other type. */
    static PyType.TupleT tupleType(PyType t) {
        if (!is(t)) {
            return null;
        }
        ClassInfo c = ((PyType.ClassT) t).info();
        if (ClassEmitter.dataclassFields(c).size() > NamedTupleViews.MAX_FIELDS) {
            return null;
        }
        return new PyType.TupleT(ClassEmitter.dataclassFields(c).stream().map(c::field).toList());
    }

    /** A NamedTuple value as the plain tuple of its fields ({@code p.as_tuple()}); any other value unchanged. */
    static Val asTuple(Val v) {
        PyType.TupleT t = tupleType(v.type());
        return t == null ? v : new Val(RExpr.method(v.code(), "as_tuple"), t, Kind.OWNED);
    }
}
