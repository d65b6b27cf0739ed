package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators on instances of user classes, through the special methods the class defines
 * ({@link Dunders}): arithmetic, rich comparisons (with Python's reflected fallback),
 * truth value, {@code in}, and item access. Each is a method call that may raise.
 */
final class ObjectOperators {
    private final FunctionTranslator ft;

    ObjectOperators(FunctionTranslator ft) {
        this.ft = ft;
    }

    private static ClassInfo classOf(PyType t) {
        return t instanceof PyType.ClassT c ? c.info() : null;
    }

    /** {@code receiver.name(args)?}, the arguments converted to the method's parameter types. */
    private FunctionTranslator.Val call(FunctionTranslator.Val recv, String name, List<FunctionTranslator.Val> args, Node at) {
        FunctionSig sig = classOf(recv.type()).signature(name);
        List<RExpr> codes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            codes.add(ft.owned(ft.coerce(args.get(i), sig.params().get(i).type(), at)));
        }
        RExpr call = new RExpr.Method(recv.code(), ClassEmitter.methodName(name), codes);
        return new FunctionTranslator.Val(ft.tryOf(call), sig.returns(), FunctionTranslator.Kind.OWNED);
    }

    /** A value held in a variable of its own, so operands are evaluated in Python's order. */
    private FunctionTranslator.Val held(FunctionTranslator.Val v, String base) {
        if (v.code() instanceof RExpr.Atom) {
            return v;
        }
        Local tmp = ft.temp(base, v.type());
        ft.emit(new RStmt.Let(tmp, false, ft.owned(v)));
        return new FunctionTranslator.Val(new RExpr.Atom(tmp.rust()), v.type(), FunctionTranslator.Kind.PLACE);
    }

    FunctionTranslator.Val binary(Operator op, FunctionTranslator.Val l, FunctionTranslator.Val r, Node at) {
        String name = Dunders.BINARY.get(op);
        ClassInfo c = classOf(l.type());
        if (name == null || Dunders.userDefined(c, name) == null) {
            throw Unsupported.type("unsupported operand types for " + op.symbol() + ": " + l.type().python() + " and "
                    + r.type().python() + " (" + c.name() + " has no " + name + ")", at);
        }
        return call(l, name, List.of(r), at);
    }

    FunctionTranslator.Val unary(UnaryOperator op, FunctionTranslator.Val v, Node at) {
        String name = Dunders.UNARY.get(op);
        ClassInfo c = classOf(v.type());
        if (name == null || Dunders.userDefined(c, name) == null) {
            throw Unsupported.type("bad operand type for unary " + op.symbol() + ": " + v.type().python(), at);
        }
        return call(v, name, List.of(), at);
    }

    /** Whether a class hierarchy defines any rich comparison of its own. */
    static boolean compares(PyType t) {
        ClassInfo c = classOf(t);
        return c != null && c.root().family().stream().anyMatch(k -> Dunders.COMPARISONS.stream().anyMatch(k.methods()::containsKey));
    }

    /**
     * A rich comparison between objects: the left operand's method, else the right operand's
     * reflected one; null for == and != when neither class defines them (identity, or a
     * dataclass's field comparison).
     */
    RExpr compare(CmpOp op, FunctionTranslator.Val l, FunctionTranslator.Val r, Node at) {
        Dunders.Comparison cmp = Dunders.comparison(op);
        ClassInfo lc = classOf(l.type());
        ClassInfo rc = classOf(r.type());
        boolean equality = op == CmpOp.Eq || op == CmpOp.NotEq;
        if (equality && RichEquality.applies(lc, rc) && (op == CmpOp.Eq || Dunders.userDefined(lc, "__ne__") == null)
                && Dunders.userDefined(lc, "__eq__") != null) {
            // The right operand's __eq__ first when its class derives from the left's (RichEquality).
            FunctionTranslator.Val left = held(l, "left");
            RExpr eq = ft.tryOf(RExpr.method(left.code(), "rich_eq", new RExpr.Unary("&", r.code())));
            return op == CmpOp.Eq ? eq : FunctionTranslator.not(eq);
        }
        if (lc != null && Dunders.userDefined(lc, cmp.method()) != null) {
            return call(l, cmp.method(), List.of(r), at).code();
        }
        if (op == CmpOp.NotEq && lc != null && Dunders.userDefined(lc, "__eq__") != null) {
            // Python's default __ne__ inverts __eq__.
            return FunctionTranslator.not(call(l, "__eq__", List.of(r), at).code());
        }
        if (equality) {
            boolean anyEq = (lc != null && lc.root().family().stream().anyMatch(k -> k.methods().containsKey("__eq__")))
                    || (rc != null && rc.root().family().stream().anyMatch(k -> k.methods().containsKey("__eq__")));
            if (anyEq) {
                throw Unsupported.construct("'" + op.symbol() + "' where only a subclass defines __eq__", at);
            }
            return null;
        }
        if (rc != null && Dunders.userDefined(rc, cmp.reflected()) != null) {
            FunctionTranslator.Val left = held(l, "left");
            FunctionTranslator.Val right = held(r, "right");
            return call(right, cmp.reflected(), List.of(left), at).code();
        }
        throw Unsupported.type("'" + op.symbol() + "' not supported between instances of " + l.type().python()
                + " and " + r.type().python(), at);
    }

    /**
     * The closure {@code |a, b| a < b} (or, for max, {@code a > b}) over two objects, as
     * Python's sort, min and max compare: the method, else the reflected one; null when the
     * class has neither.
     */
    static String lessThan(PyType t, boolean greater) {
        ClassInfo c = classOf(t);
        if (c == null) {
            return null;
        }
        String method = greater ? "__gt__" : "__lt__";
        String reflected = greater ? "__lt__" : "__gt__";
        String type = c.rustName();
        String head = "|a: &" + type + ", b: &" + type + "| ";
        if (Dunders.userDefined(c, method) != null) {
            return head + "a." + ClassEmitter.methodName(method) + "(b.clone())";
        }
        if (Dunders.userDefined(c, reflected) != null) {
            return head + "b." + ClassEmitter.methodName(reflected) + "(a.clone())";
        }
        return null;
    }

    /** Python's truth value of an object: __bool__, else __len__, else true. */
    RExpr truthy(FunctionTranslator.Val v) {
        ClassInfo c = classOf(v.type());
        if (Dunders.userDefined(c, "__bool__") != null) {
            return call(v, "__bool__", List.of(), null).code();
        }
        if (c.resolve("__len__") != null) {
            return new RExpr.Binary(ft.tryOf(RExpr.method(v.code(), "len")), "!=", new RExpr.Atom("0"));
        }
        return new RExpr.Atom("true");
    }

    /**
     * Python's truth value of an Optional object whose class defines __bool__ or __len__: None is
     * false, an instance as true as its __bool__ or __len__ says. The value is read once; the call
     * that may raise runs in a closure and its error comes out after it, so the test stays one
     * expression ({@code x.as_ref().map(|v| v.len()).transpose()?.is_some_and(|n| n != 0)}).
     */
    RExpr optionalTruthy(FunctionTranslator.Val v, PyType inner, Node at) {
        RExpr test = truthy(new FunctionTranslator.Val(new RExpr.Atom("v"), inner, FunctionTranslator.Kind.PLACE));
        RExpr some = RExpr.method(v.code(), "as_ref");
        RExpr call = test instanceof RExpr.Binary b ? b.left() : test;
        if (!(call instanceof RExpr.Try t)) {
            throw Unsupported.construct("truth value of " + v.type().python(), at);
        }
        RExpr results = RExpr.method(RExpr.method(some, "map", new RExpr.Atom("|v| " + RustPrinter.flat(t.inner()))),
                "transpose");
        RExpr known = ft.tryOf(results);
        if (test instanceof RExpr.Binary b) {
            return RExpr.method(known, "is_some_and", new RExpr.Atom("|n| n " + b.op() + " " + RustPrinter.flat(b.right())));
        }
        return RExpr.method(known, "unwrap_or", new RExpr.Atom("false"));
    }

    /** {@code item in container} for an object container: its __contains__; null when it has none. */
    RExpr contains(FunctionTranslator.Val container, FunctionTranslator.Val item, Node at) {
        ClassInfo c = classOf(container.type());
        if (Dunders.userDefined(c, "__contains__") == null) {
            return null;
        }
        FunctionTranslator.Val first = held(item, "item");
        return call(container, "__contains__", List.of(first), at).code();
    }

    FunctionTranslator.Val getItem(FunctionTranslator.Val obj, FunctionTranslator.Val key, Node at) {
        ClassInfo c = classOf(obj.type());
        if (Dunders.userDefined(c, "__getitem__") == null) {
            throw Unsupported.type("'" + c.name() + "' object is not subscriptable (no __getitem__)", at);
        }
        return call(obj, "__getitem__", List.of(key), at);
    }

    RExpr setItem(FunctionTranslator.Val obj, FunctionTranslator.Val key, FunctionTranslator.Val value, Node at) {
        ClassInfo c = classOf(obj.type());
        if (Dunders.userDefined(c, "__setitem__") == null) {
            throw Unsupported.type("'" + c.name() + "' object does not support item assignment (no __setitem__)", at);
        }
        return call(obj, "__setitem__", List.of(key, value), at).code();
    }

    /** The key type an object's __getitem__ (or __setitem__) takes; null when it has none. */
    static PyType keyType(PyType t) {
        ClassInfo c = classOf(t);
        FunctionSig sig = c == null ? null : c.signature("__getitem__");
        if (sig == null && c != null) {
            sig = c.signature("__setitem__");
        }
        return sig == null ? null : sig.params().get(0).type();
    }
}
