package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls of the module's classes are known to run none of the program's code that could
 * rebind a name or an attribute of an object that existed before the call, so that narrowing facts
 * about member access paths ({@code root.left} after {@code root.left = Node(2)}) survive
 * {@code Node(3)}. mypy and pyright keep such facts across every call; here a fact survives only a
 * call that provably changes nothing but the new object: a class of the module, with at most one
 * base that is itself such a class, no metaclass, no decorator but {@code dataclass}, no class
 * attribute computed by a call ({@code field(...)}, {@code property(...)}, a descriptor), no
 * {@code __new__} or {@code __setattr__}, whose {@code __init__} (its own or the base's) only
 * binds {@code self.attr} or locals to simple values (constants, names, displays of them, empty
 * builtin containers, operators on them in a module without operator methods) and calls its
 * base's {@code __init__} the same way; a class whose name is bound anywhere else in the module
 * is never such a class.
 *
 * <p>Such a call also never returns None: only {@code __new__} (or a decorator) could make it.
 */
final class InertConstructors {
    private static final Set<String> EMPTY_BUILTINS = Set.of("list", "dict", "set", "tuple", "str", "int", "float",
            "bool", "frozenset");
    private static final Set<String> FORBIDDEN = Set.of("__new__", "__setattr__", "__post_init__", "__set__",
            "__getattr__", "__getattribute__", "__set_name__", "__init_subclass__", "__class_getitem__");

    private final NarrowContext cx;
    private final Map<String, Stmt.ClassDef> classes = new HashMap<>();
    private final Map<String, Boolean> inert = new HashMap<>();
    private final boolean descriptors;

    InertConstructors(Mod.Module module, NarrowContext cx) {
        this.cx = cx;
        boolean forbidden = false;
        for (Node n : NarrowKills.walk(module)) {
            if (n instanceof Stmt.FunctionDef f && (f.name().equals("__set__") || f.name().equals("__set_name__"))) {
                forbidden = true;
            }
        }
        this.descriptors = forbidden;
        Set<String> rebound = new HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ClassDef c && classes.put(c.name(), c) != null) {
                rebound.add(c.name());
            }
        }
        // A class name bound anywhere else may name something else when the call runs.
        for (Node n : NarrowKills.walk(module)) {
            String bound = n instanceof Expr.Name name && name.ctx() != ExprContext.Load ? name.id()
                    : n instanceof Stmt.FunctionDef f ? f.name()
                    : n instanceof Stmt.ClassDef c && classes.get(c.name()) != c ? c.name()
                    : n instanceof Alias al ? (al.asname() != null ? al.asname() : al.name()) : null;
            if (bound != null) {
                rebound.add(bound);
            }
        }
        classes.keySet().removeAll(rebound);
    }

    /** The call constructs an instance of a module class and runs nothing else (see the class comment). */
    boolean inertCall(Expr.Call c) {
        return c.func() instanceof Expr.Name f && cx.moduleClass(f) && inertClass(f.id(), new HashSet<>());
    }

    /** The call constructs an instance of a module class that no __new__ or decorator can turn into None. */
    boolean neverNone(Expr.Call c) {
        return c.func() instanceof Expr.Name f && cx.moduleClass(f) && plainClass(f.id(), new HashSet<>());
    }

    private boolean inertClass(String name, Set<String> seen) {
        Boolean known = inert.get(name);
        if (known != null) {
            return known;
        }
        boolean ok = !descriptors && !cx.properties && plainClass(name, seen) && initInert(name);
        inert.put(name, ok);
        return ok;
    }

    /** A module class with plain bases, no metaclass, no decorator but dataclass and no special construction. */
    private boolean plainClass(String name, Set<String> seen) {
        Stmt.ClassDef c = classes.get(name);
        if (c == null || !seen.add(name) || !c.keywords().isEmpty() || c.bases().size() > 1) {
            return false;
        }
        for (Expr d : c.decorator_list()) {
            if (!(d instanceof Expr.Name n && n.id().equals("dataclass"))) {
                return false;
            }
        }
        if (!classAttributesPlain(c)) {
            return false;
        }
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f && FORBIDDEN.contains(f.name())) {
                return false;
            }
        }
        if (c.bases().isEmpty()) {
            return true;
        }
        return c.bases().get(0) instanceof Expr.Name b && (b.id().equals("object") && cx.builtin(b)
                || cx.moduleClass(b) && plainClass(b.id(), seen));
    }

    /** No class attribute is computed by a call: none is a descriptor, a {@code field(...)} or a {@code property(...)}. */
    private static boolean classAttributesPlain(Stmt.ClassDef c) {
        return c.body().stream().noneMatch(s -> s instanceof Stmt.AnnAssign a && a.value() instanceof Expr.Call
                || s instanceof Stmt.Assign b && b.value() instanceof Expr.Call);
    }

    /** The __init__ that runs (the class's own, else its base's) binds only simple values. */
    private boolean initInert(String name) {
        Stmt.ClassDef c = classes.get(name);
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                return f.decorator_list().isEmpty() && bodyInert(f, c);
            }
            if (s instanceof Stmt.AsyncFunctionDef f && f.name().equals("__init__")) {
                return false;
            }
        }
        return c.bases().isEmpty() || !(c.bases().get(0) instanceof Expr.Name b) || !cx.moduleClass(b)
                || initInert(b.id());
    }

    private boolean bodyInert(Stmt.FunctionDef f, Stmt.ClassDef c) {
        List<Arg> params = f.args().args();
        if (params.isEmpty()) {
            return false;
        }
        String self = params.get(0).arg();
        for (Stmt s : f.body()) {
            boolean ok = s instanceof Stmt.Pass
                    || s instanceof Stmt.Expr e && (e.value() instanceof Expr.Constant || superInit(e.value(), c))
                    || s instanceof Stmt.Assign a && a.targets().size() == 1 && target(a.targets().get(0), self)
                            && value(a.value())
                    || s instanceof Stmt.AnnAssign a && target(a.target(), self) && (a.value() == null || value(a.value()));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean target(Expr t, String self) {
        return t instanceof Expr.Name || t instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && n.id().equals(self);
    }

    /** {@code super().__init__(simple values)} where the base's construction is inert too. */
    private boolean superInit(Expr e, Stmt.ClassDef c) {
        if (!(e instanceof Expr.Call call) || !(call.func() instanceof Expr.Attribute a) || !a.attr().equals("__init__")
                || !(a.value() instanceof Expr.Call sup) || !(sup.func() instanceof Expr.Name s)
                || !s.id().equals("super") || !cx.builtin(s) || !sup.args().isEmpty() || !call.keywords().isEmpty()
                || c.bases().size() != 1 || !(c.bases().get(0) instanceof Expr.Name b) || !cx.moduleClass(b)) {
            return false;
        }
        return call.args().stream().allMatch(this::value) && inertClass(b.id(), new HashSet<>());
    }

    /** A value whose evaluation runs no code of the program. */
    private boolean value(Expr v) {
        if (v instanceof Expr.Constant || v instanceof Expr.Name) {
            return true;
        }
        if (v instanceof Expr.List l) {
            return l.elts().stream().allMatch(this::value);
        }
        if (v instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(this::value);
        }
        if (v instanceof Expr.Set t) {
            return t.elts().stream().allMatch(this::value);
        }
        if (v instanceof Expr.Dict d) {
            return d.keys().stream().allMatch(k -> k != null && value(k)) && d.values().stream().allMatch(this::value);
        }
        if (v instanceof Expr.Call c && c.func() instanceof Expr.Name f) {
            return c.args().isEmpty() && c.keywords().isEmpty() && EMPTY_BUILTINS.contains(f.id()) && cx.builtin(f);
        }
        if (cx.userOperators) {
            return false;
        }
        if (v instanceof Expr.BinOp b) {
            return value(b.left()) && value(b.right());
        }
        if (v instanceof Expr.UnaryOp u) {
            return value(u.operand());
        }
        if (v instanceof Expr.Attribute a) {
            return value(a.value());
        }
        return false;
    }
}
