package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashMap;
import java.util.Map;

/**
 * The return type of a function instance whose return is left to its body ({@link ImplicitTypes}):
 * the body is translated once on trial with the instance's parameter types, and the types its
 * {@code return} statements give are joined (a bare {@code return} gives None; None with T is
 * {@code T | None}; an int with a float is a number that keeps ints ints, {@link NumericTower}).
 * Each value keeps its own type, as in CPython, so two returns of types no one Rust type holds are
 * refused. A recursive call met on trial before its return type is known leaves its return
 * statement out; the body is then tried again with the type found, which must come back unchanged.
 * A call of another function whose return type is pending (mutual recursion) leaves out the return
 * statement of that function that led to it, the same way.
 */
final class ImplicitReturns {
    /** A call of an instance whose return type an enclosing trial is still inferring, with nothing assumed yet. */
    static final class Pending extends RuntimeException {
        private final String key;

        Pending(String key) {
            super("return type of " + key + " not known yet", null, false, false);
            this.key = key;
        }
    }

    /** What the return statements of one trial translation gave. */
    static final class Trial {
        private final ImplicitReturns owner;
        private final Stmt.FunctionDef f;
        private final String key;
        private PyType type;
        private boolean skipped;
        private Expr empty;

        private Trial(ImplicitReturns owner, Stmt.FunctionDef f, String key) {
            this.owner = owner;
            this.f = f;
            this.key = key;
        }

        /** Types one return statement's value and records its type; the Rust made on trial is discarded. */
        RExpr returned(FunctionTranslator ft, Stmt.Return r) {
            if (r.value() == null) {
                add(PyType.NONE, r);
                return new RExpr.Atom("()");
            }
            if (r.value() instanceof Expr.List l && l.elts().isEmpty() || r.value() instanceof Expr.Dict d && d.keys().isEmpty()) {
                empty = r.value(); // an empty display takes the type the other returns give
                return new RExpr.Atom("()");
            }
            try {
                FunctionTranslator.Val v = ft.expr(r.value(), null);
                add(v.type(), r.value());
                return ft.owned(v);
            } catch (Pending p) {
                if (!p.key.equals(key)) {
                    throw p; // another function's return type is pending: this one waits for it
                }
                skipped = true;
                return new RExpr.Atom("()");
            }
        }

        private void add(PyType t, Node at) {
            type = type == null ? t : owner.join(f, type, t, at);
        }

        private PyType result() {
            if (type == null) {
                throw Unsupported.type("function '" + f.name() + "' has no return annotation and no return statement "
                        + "whose value gives its type" + (empty != null ? " (an empty display alone does not)" : ""),
                        empty != null ? empty : f);
            }
            return type;
        }
    }

    private final ModuleScope scope;
    private final Map<String, PyType> settled = new HashMap<>();
    /** The instances being inferred, each with the return type assumed for its recursive calls (null: none yet). */
    private final Map<String, PyType> inferring = new HashMap<>();

    ImplicitReturns(ModuleScope scope) {
        this.scope = scope;
    }

    /**
     * The return type of the instance {@code key} of {@code f}, whose parameters {@code typed} gives;
     * the instance's binding must be in force.
     */
    PyType of(Stmt.FunctionDef f, FunctionSig typed, String key) {
        PyType known = settled.get(key);
        if (known != null) {
            return known;
        }
        if (inferring.containsKey(key)) {
            PyType assumed = inferring.get(key);
            if (assumed == null) {
                throw new Pending(key);
            }
            return assumed;
        }
        inferring.put(key, null);
        try {
            Trial first = trial(f, typed, key);
            PyType ret = first.result();
            if (first.skipped) {
                inferring.put(key, ret);
                Trial second = trial(f, typed, key);
                if (second.skipped || !second.result().equals(ret)) {
                    throw Unsupported.type("recursive function '" + f.name() + "' whose return type does not settle from "
                            + "its return statements (it returns " + second.result().python() + " given " + ret.python()
                            + "); write a return annotation", f);
                }
            }
            Expr ann = scope.implicit.returnAnnotation(f);
            if (ann != null) {
                new TypeBindings(scope).unify(ann, ret, f.returns()); // the bare container must be the one returned
            }
            settled.put(key, ret);
            return ret;
        } finally {
            inferring.remove(key);
        }
    }

    private Trial trial(Stmt.FunctionDef f, FunctionSig typed, String key) {
        FunctionSig sig = new FunctionSig(typed.pythonName(), typed.rustName(), typed.params(), PyType.NONE, null);
        FunctionTranslator ft = new FunctionTranslator(scope, sig, null, true);
        Trial t = new Trial(this, f, key);
        ft.returnTrial = t;
        try {
            ft.translate(f.body(), f);
        } catch (Pending p) {
            if (p.key.equals(key)) {
                throw Unsupported.type("recursive function '" + f.name() + "' uses the value of its own call before a "
                        + "return statement gives its type; write a return annotation", f);
            }
            throw p;
        }
        return t;
    }

    /** The type that holds the values of both types, each as itself; refused where none does. */
    private PyType join(Stmt.FunctionDef f, PyType a, PyType b, Node at) {
        if (a.equals(b)) {
            return a;
        }
        if (a == PyType.NONE || b == PyType.NONE) {
            PyType other = a == PyType.NONE ? b : a;
            return other instanceof PyType.OptionalT ? other : new PyType.OptionalT(other);
        }
        if (a instanceof PyType.OptionalT o) {
            return new PyType.OptionalT(join(f, o.inner(), b instanceof PyType.OptionalT p ? p.inner() : b, at));
        }
        if (b instanceof PyType.OptionalT) {
            return join(f, b, a, at);
        }
        if (NumericTower.fitsNum(a) && NumericTower.fitsNum(b)) {
            if (!scope.intsInFloats) {
                throw NumericTower.refuseIntInFloatSlot(at);
            }
            return PyType.NUM;
        }
        throw Unsupported.type("function '" + f.name() + "' returns both " + a.python() + " and " + b.python()
                + " (each keeps its own type in CPython; no one translated type holds both); write a return annotation", at);
    }
}
