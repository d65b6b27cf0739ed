package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The defaults of a dataclass's or NamedTuple's fields that the translation may evaluate where it
 * constructs an object. CPython evaluates a field's default once, when the class statement runs,
 * and every object shares that value: a default made by a call ({@code c: Counter = Counter()})
 * is one object shared by all instances, and a module variable read as a default keeps the value
 * it had then, whatever is assigned to it later. Evaluating the default at each construction gives
 * the same result only for a value that cannot change: a constant, an enum member, or a module
 * name bound once, before the class, to a constant. Anything else is refused.
 */
final class DataclassDefaults {
    private DataclassDefaults() {
    }

    /** Refuses the field's default unless evaluating it at each construction is indistinguishable. */
    static void requireEvaluatedOnce(Expr value, Stmt.ClassDef cls, List<Stmt> moduleBody, ModuleScope scope) {
        Expr d = value;
        if (value instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("field")) {
            d = call.keywords().stream().filter(k -> "default".equals(k.arg())).map(k -> k.value())
                    .findFirst().orElse(null);
        }
        if (d == null || ConstantFolding.isConstant(d) || enumMember(d, scope)) {
            return;
        }
        if (d instanceof Expr.Name n && boundOnceToConstantBefore(n.id(), cls, moduleBody)) {
            return;
        }
        throw Unsupported.construct("a field default other than a constant, an enum member or a module name bound "
                + "once to a constant (CPython evaluates it once, when the class is made, and every object "
                + "shares that value; use default_factory for a fresh value each time)", d);
    }

    private static boolean enumMember(Expr d, ModuleScope scope) {
        return d instanceof Expr.Attribute at && at.value() instanceof Expr.Name owner
                && scope.classOf(owner.id()) != null && scope.classOf(owner.id()).enumInfo() != null;
    }

    /**
     * Whether the module binds the name exactly once, at its top level before the class, to a
     * constant, and no function declares it {@code global}.
     */
    private static boolean boundOnceToConstantBefore(String name, Stmt.ClassDef cls, List<Stmt> moduleBody) {
        int bindings = 0;
        boolean constantBefore = false;
        for (Stmt s : ModuleGlobals.allStatementsOf(moduleBody)) {
            if ((s instanceof Stmt.FunctionDef f && f.name().equals(name))
                    || (s instanceof Stmt.ClassDef c && c.name().equals(name))) {
                return false;
            }
            Set<String> targets = new HashSet<>(WalrusTargets.ofStatement(s));
            targets.addAll(ModuleGlobals.boundNames(s, false));
            Expr value = null;
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name) {
                value = a.value();
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) {
                value = a.value();
            }
            if (targets.contains(name)) {
                bindings++;
                constantBefore = value != null && ConstantFolding.isConstant(value) && s.start() < cls.start();
            }
        }
        return bindings == 1 && constantBefore && !declaredGlobal(name, moduleBody);
    }

    private static boolean declaredGlobal(String name, List<Stmt> body) {
        for (Stmt s : ModuleGlobals.allStatementsOf(body)) {
            if (s instanceof Stmt.Global g && g.names().contains(name)) {
                return true;
            }
            if (s instanceof Stmt.FunctionDef f && declaredGlobal(name, f.body())) {
                return true;
            }
            if (s instanceof Stmt.ClassDef c && declaredGlobal(name, c.body())) {
                return true;
            }
        }
        return false;
    }
}
