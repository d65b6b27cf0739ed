package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.Set;

/**
 * The typing forms that only steer the static types and do nothing at run time (or nothing the
 * program can see): {@code typing.cast(T, v)} is {@code v}, with the static type {@code T};
 * {@code @typing.overload} stubs are skipped, so the implementation that follows is the function
 * (calls get its declared return type); a {@code TypeGuard[T]} return annotation is a bool (the check
 * stage narrows the argument where the call is true: {@code TypeGuards}).
 */
final class TypingForms {
    /** The names {@code from typing import ...} may bind for these forms. */
    static final Set<String> NAMES = Set.of("cast", "overload", "TypeGuard");

    private TypingForms() {}

    /** Whether the function is an {@code @overload} stub (typing's, imported by name or read as typing.overload). */
    static boolean overloadStub(Stmt.FunctionDef f, ModuleScope scope) {
        for (Expr d : f.decorator_list()) {
            if (d instanceof Expr.Name n && n.id().equals("overload") && scope.typingForms.contains("overload")) {
                return true;
            }
            if (d instanceof Expr.Attribute a && a.attr().equals("overload") && a.value() instanceof Expr.Name m
                    && scope.typingModules.contains(m.id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the annotation is {@code TypeGuard[T]} (typing's). */
    static boolean typeGuard(Expr e, ModuleScope scope) {
        return e instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && n.id().equals("TypeGuard")
                && scope.typingForms.contains("TypeGuard");
    }

    /** {@code cast(T, v)}: the value of {@code v} as a {@code T}; null when the call is no typing.cast. */
    static FunctionTranslator.Val call(FunctionTranslator ft, Calls calls, Expr.Call c) {
        if (!(c.func() instanceof Expr.Name n) || !n.id().equals("cast") || !ft.module.typingForms.contains("cast")
                || ft.isLocal("cast") || ft.module.functions.containsKey("cast")) {
            return null;
        }
        calls.arity(c, 2, 2, "cast");
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("cast() with keyword arguments", c.keywords().get(0));
        }
        if (c.args().get(0) instanceof Expr.Constant) {
            throw Unsupported.construct("cast() to a type written as a string", c.args().get(0));
        }
        PyType to = ft.module.annotation(c.args().get(0));
        Expr arg = c.args().get(1);
        FunctionTranslator.Val v = ft.expr(arg, to);
        if (v.type() instanceof PyType.UnionT u && !(to instanceof PyType.UnionT) && UnionValues.accepts(u, to)) {
            // The value is held as an object of its own type: the cast takes it out as that type
            // (mypy's premise: the value is a T; a program whose cast lies stops there, naming the value).
            PyType held = to instanceof PyType.ClassT k ? new PyType.ClassT(k.info().root()) : to;
            RExpr code = RExpr.method(v.code(), "cast::<" + held.rust() + ">", new RExpr.Atom(RustLiterals.string(to.python())));
            return new FunctionTranslator.Val(code, to, FunctionTranslator.Kind.OWNED);
        }
        if (v.type() instanceof PyType.ClassT from && to instanceof PyType.ClassT k && from.info().root() == k.info().root()) {
            // One Rust type serves a class family and methods dispatch on the value's own class, as in Python.
            return new FunctionTranslator.Val(v.code(), to, v.kind());
        }
        return ft.coerce(v, to, arg);
    }
}
