package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Abstract base classes ({@code abc.ABC} and {@code @abstractmethod}). {@code ABC} as a base adds
 * nothing an object can observe but the abstract-method check: a class whose MRO leaves an
 * abstract method without an override cannot be instantiated, and its constructor raises
 * CPython 3.11's TypeError. Concrete subclasses dispatch as any hierarchy does.
 */
final class AbcClasses {
    /** The names {@code from abc import ...} may bind. */
    static final Set<String> NAMES = Set.of("ABC", "abstractmethod");

    private AbcClasses() {
    }

    /** Whether a base class name is {@code ABC} as imported from abc: the class derives from object. */
    static boolean abcBase(String name, ModuleScope scope) {
        return name.equals("ABC") && scope.classFormNames.contains("ABC") && scope.classOf(name) == null;
    }

    /** Whether a method's decorators are exactly {@code @abstractmethod} (as imported from abc). */
    static boolean abstractDecorated(Stmt.FunctionDef f, ModuleScope scope) {
        return f.decorator_list().size() == 1 && f.decorator_list().get(0) instanceof Expr.Name n
                && n.id().equals("abstractmethod") && scope.classFormNames.contains("abstractmethod");
    }

    /**
     * An abstract method as the class keeps it: a body that does nothing ({@code ...},
     * {@code pass}, a docstring) becomes {@code raise NotImplementedError}, which only a
     * {@code super()} call could reach (mypy rejects such a call).
     */
    static Stmt.FunctionDef kept(Stmt.FunctionDef f) {
        boolean trivial = f.body().stream().allMatch(s -> ClassInfo.trivial(s)
                || (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Ellipsis));
        if (!trivial) {
            return f;
        }
        Expr exc = new Expr.Name("NotImplementedError", ExprContext.Load, f.start(), f.start());
        return new Stmt.FunctionDef(f.name(), f.args(), List.of(new Stmt.Raise(exc, null, f.start(), f.end())),
                f.decorator_list(), f.returns(), f.type_comment(), f.start(), f.end());
    }

    /** The abstract methods a class leaves without an override, in CPython's (sorted) order. */
    static List<String> abstractLeft(ClassInfo c) {
        TreeSet<String> names = new TreeSet<>();
        for (ClassInfo k = c; k != null; k = k.base()) {
            for (Stmt.FunctionDef f : k.methods().values()) {
                names.add(f.name());
            }
        }
        List<String> left = new ArrayList<>();
        for (String m : names) {
            ClassInfo owner = c.resolve(m);
            Stmt.FunctionDef f = owner == null ? null : owner.methods().get(m);
            if (f != null && f.decorator_list().size() == 1 && f.decorator_list().get(0) instanceof Expr.Name n
                    && n.id().equals("abstractmethod")) {
                left.add(m);
            }
        }
        return left;
    }

    /** The first statement of the constructor of a class with abstract methods left (CPython's TypeError), printed; else null. */
    static String constructorRaise(ClassInfo c) {
        List<String> left = abstractLeft(c);
        if (left.isEmpty()) {
            return null;
        }
        String msg = "Can't instantiate abstract class " + c.name() + " with abstract method"
                + (left.size() > 1 ? "s " : " ") + String.join(", ", left);
        RustPrinter p = new RustPrinter();
        p.stmt(new RStmt.Jump("return", null, RExpr.call("py::raise", new RExpr.Atom("\"TypeError\""),
                new RExpr.Atom(RustLiterals.string(msg)))), 8);
        return p.text();
    }
}
