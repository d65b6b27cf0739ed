package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what the module's top-level variables become: Rust constants, thread-local globals, or
 * locals of {@code main}; and walks a body's statements and expressions for those decisions.
 * Part of {@link RustTranslator}, reached through {@code rt}.
 */
final class ModuleGlobals {
    private final RustTranslator rt;
    private final Mod.Module module;
    private final ModuleScope scope;
    private final List<Stmt.FunctionDef> functionDefs;
    private final List<Stmt> mainBody;

    ModuleGlobals(RustTranslator rt) {
        this.rt = rt;
        this.module = rt.module;
        this.scope = rt.scope;
        this.functionDefs = rt.functionDefs;
        this.mainBody = rt.mainBody;
    }

    /**
     * Top-level assignments that functions read become Rust constants when they are literals
     * (or displays that cannot raise) assigned once, before anything runs; every other
     * module-level variable that functions see, and each one a function declares
     * {@code global}, becomes a {@link ModuleScope.Global} that the top-level code assigns in order.
     */
    void constantsFromMain() {
        Set<String> readInFunctions = new HashSet<>(rt.readElsewhere);
        Set<String> declaredGlobal = new java.util.LinkedHashSet<>();
        List<Stmt.FunctionDef> bodies = new ArrayList<>(functionDefs);
        for (Stmt.FunctionDef f : functionDefs) {
            f.args().defaults().forEach(d -> readInFunctions.addAll(DeclarationPlanner.reads(d)));
        }
        for (ClassInfo c : scope.classes.values()) {
            for (Stmt s : c.def().body()) {
                if (s instanceof Stmt.FunctionDef f) {
                    bodies.add(f);
                }
            }
        }
        for (Stmt.FunctionDef f : bodies) {
            readInFunctions.addAll(freeNames(f));
            declaredGlobal.addAll(globalNames(f.body()));
        }
        Map<String, Integer> assignments = new HashMap<>();
        for (Stmt s : allStatements(mainBody)) {
            // A walrus binds the name too: a name it rebinds is no constant.
            WalrusTargets.ofStatement(s).forEach(t -> assignments.merge(t, 1, Integer::sum));
            boundNames(s, true).forEach(t -> assignments.merge(t, 1, Integer::sum));
        }
        List<Stmt> kept = new ArrayList<>();
        boolean runsUserCode = false;
        for (Stmt s : mainBody) {
            String name = null;
            Expr value = null;
            Expr annotation = null;
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                name = n.id();
                value = a.value();
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() != null) {
                name = n.id();
                value = a.value();
                annotation = scope.fromValue(a.annotation()) ? null : a.annotation();
            }
            if (name != null && readInFunctions.contains(name) && !declaredGlobal.contains(name)
                    && assignments.getOrDefault(name, 0) == 1 && !runsUserCode) {
                try {
                    scope.constants.put(name, constant(name, value, annotation));
                    continue;
                } catch (Unsupported notConstant) {
                    // A value that needs statements or may raise: assigned in order, as a Global.
                }
            }
            kept.add(s);
            runsUserCode |= runsUserCode(s);
        }
        Set<String> globals = new java.util.LinkedHashSet<>(declaredGlobal);
        for (String name : readInFunctions) {
            if (!scope.constants.containsKey(name) && assignments.containsKey(name)) {
                globals.add(name);
            }
        }
        for (String name : globals) {
            if (scope.functions.containsKey(name) || scope.classes.containsKey(name)) {
                throw Unsupported.construct("module-level variable '" + name + "' named like a function or class",
                        mainBody.isEmpty() ? module : mainBody.get(0));
            }
            Node at = bodies.stream().flatMap(f -> allStatements(f.body()).stream())
                    .filter(st -> st instanceof Stmt.Global g && g.names().contains(name)).findFirst()
                    .map(st -> (Node) st).orElse(kept.isEmpty() ? module : kept.get(0));
            scope.globals.put(name, new ModuleScope.Global(name, ModuleScope.ident(name).toUpperCase(java.util.Locale.ROOT),
                    globalType(name, kept, at)));
        }
        if (scope.projectModule) {
            scope.globalInitials.find(kept, scope.globals.keySet(), (name, s) -> {
                Expr annotation = s instanceof Stmt.AnnAssign a && !scope.fromValue(a.annotation()) ? a.annotation() : null;
                Expr value = s instanceof Stmt.Assign a ? a.value() : ((Stmt.AnnAssign) s).value();
                ModuleScope.Constant k = global(name, value, annotation != null ? annotation : null);
                if (!k.type().equals(scope.globals.get(name).type())) {
                    throw Unsupported.construct("first value of another type", s);
                }
                return k;
            });
        }
        mainBody.clear();
        mainBody.addAll(kept);
    }

    /**
     * Whether a top-level statement may run the program's own functions or methods (it names
     * one of its functions or classes): a constant assigned after it is a Global, since that code
     * could read the name before Python binds it.
     */
    private boolean runsUserCode(Stmt s) {
        for (Stmt inner : allStatements(List.of(s))) {
            for (Expr e : expressions(inner)) {
                for (String n : DeclarationPlanner.reads(e)) {
                    if (scope.functions.containsKey(n) || scope.classes.containsKey(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The names a function body declares {@code global}. */
    static Set<String> globalNames(List<Stmt> body) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Stmt s : allStatements(body)) {
            if (s instanceof Stmt.Global g) {
                out.addAll(g.names());
            }
        }
        return out;
    }

    /** A module-level variable's type: its annotation, or the type of its first top-level value. */
    private PyType globalType(String name, List<Stmt> body, Node at) {
        Stmt first = null;
        for (Stmt s : allStatements(body)) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)
                    && !(a.value() != null && scope.fromValue(a.annotation()))) {
                return scope.annotation(a.annotation());
            }
            if (first == null && s instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(name)) {
                first = s;
            }
            if (first == null && s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)) {
                first = s;
            }
        }
        if (first == null) {
            throw Unsupported.type("module-level variable '" + name + "' needs an annotated assignment at the top level"
                    + " (e.g. " + name + ": int = 0)", at);
        }
        Expr value = first instanceof Stmt.AnnAssign a ? a.value() : ((Stmt.Assign) first).value();
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        PyType t;
        try {
            t = ft.probeType(value);
        } catch (Unsupported u) {
            t = null;
        }
        if (t == null || t == PyType.NONE || t instanceof PyType.IterT) {
            throw Unsupported.type("cannot settle the type of module-level variable '" + name + "'; annotate it", value);
        }
        return t;
    }

    /**
     * The names a statement binds through its assignment, augmented-assignment, {@code for} or {@code with}
     * targets (walrus targets are {@link WalrusTargets}'). A bare annotation ({@code X: int}) binds
     * nothing at run time; {@code withBareAnnotations} counts it anyway, for callers that treat a
     * declaration as a write.
     */
    static Set<String> boundNames(Stmt s, boolean withBareAnnotations) {
        Set<String> targets = new HashSet<>();
        if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> DeclarationPlanner.targetNames(t, targets));
        } else if (s instanceof Stmt.AnnAssign a && (withBareAnnotations || a.value() != null)) {
            DeclarationPlanner.targetNames(a.target(), targets);
        } else if (s instanceof Stmt.AugAssign a) {
            DeclarationPlanner.targetNames(a.target(), targets);
        } else if (s instanceof Stmt.For f) {
            DeclarationPlanner.targetNames(f.target(), targets);
        } else if (s instanceof Stmt.With w) { // with open(...) as f binds f
            w.items().stream().filter(i -> i.optional_vars() != null)
                    .forEach(i -> DeclarationPlanner.targetNames(i.optional_vars(), targets));
        }
        return targets;
    }

    private static boolean writes(Stmt s, String name) {
        Set<String> targets = new HashSet<>();
        if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> DeclarationPlanner.targetNames(t, targets));
        } else if (s instanceof Stmt.AnnAssign a) {
            DeclarationPlanner.targetNames(a.target(), targets);
        }
        return targets.contains(name);
    }

    ModuleScope.Constant constant(String name, Expr value, Expr annotation) {
        PyType t;
        String lit;
        Expr v = value;
        boolean negative = false;
        if (v instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            negative = true;
            v = u.operand();
        }
        if (!(v instanceof Expr.Constant c)) {
            return global(name, value, annotation);
        }
        ConstantValue cv = c.value();
        if (cv instanceof ConstantValue.Int i && i.value().bitLength() < 64) {
            t = PyType.INT;
            lit = (negative ? "-" : "") + i.value();
        } else if (cv instanceof ConstantValue.Float f) {
            t = PyType.FLOAT;
            lit = (negative ? "-" : "") + RustLiterals.floatLiteral(f.value());
        } else if (cv instanceof ConstantValue.Str s && !negative) {
            t = PyType.STR;
            lit = RustLiterals.string(s.value());
        } else if (cv instanceof ConstantValue.Bool b && !negative) {
            t = PyType.BOOL;
            lit = b.value() ? "true" : "false";
        } else {
            throw Unsupported.construct("module-level constant of this type", value);
        }
        if (annotation != null) {
            PyType declared = scope.annotation(annotation);
            if (declared == PyType.FLOAT && t == PyType.INT) {
                throw NumericTower.refuseIntInFloatSlot(value);
            } else if (declared == PyType.NUM && (t == PyType.INT || t == PyType.FLOAT)) {
                return new ModuleScope.Constant(constantName(name), declared,
                        new RExpr.Atom("py::Num::" + (t == PyType.INT ? "I" : "F") + "(" + lit + ")"));
            } else if (!declared.equals(t)) {
                throw Unsupported.type("constant '" + name + "' is annotated " + declared.python() + " but holds " + t.python(), value);
            }
        }
        return new ModuleScope.Constant(constantName(name), t, new RExpr.Atom(lit));
    }

    private static String constantName(String name) {
        String rustName = ModuleScope.ident(name);
        if (rustName.equals(rustName.toLowerCase())) {
            rustName = rustName.toUpperCase();
        }
        return rustName;
    }

    /** The module globals a function (or anything nested in it) reads or binds, from the check stage. */
    private Set<String> freeNames(Stmt.FunctionDef f) {
        return scope.names.scopeOf(f).globalIdentifiers();
    }

    /** A module-level list, dict, set or tuple display that functions read: a thread-local handle. */
    private ModuleScope.Constant global(String name, Expr value, Expr annotation) {
        PyType declared = annotation == null ? null : scope.annotation(annotation);
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        FunctionTranslator.Val v = ft.standalone(value, declared);
        if (v == null || v.type() instanceof PyType.IterT || v.type() instanceof PyType.ClassT) {
            throw Unsupported.construct("module-level variable '" + name + "' used inside functions "
                    + "(only literal constants and displays that cannot raise)", value);
        }
        String rustName = ModuleScope.ident(name).toUpperCase();
        return new ModuleScope.Constant(rustName, v.type(), ft.owned(v), true);
    }

    /** Every statement of a body, nested ones after the statement that holds them. */
    static List<Stmt> allStatementsOf(List<Stmt> body) {
        return allStatements(body);
    }

    private static List<Stmt> allStatements(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.add(s);
            if (s instanceof Stmt.If i) {
                out.addAll(allStatements(i.body()));
                out.addAll(allStatements(i.orelse()));
            } else if (s instanceof Stmt.For f) {
                out.addAll(allStatements(f.body()));
                out.addAll(allStatements(f.orelse()));
            } else if (s instanceof Stmt.While w) {
                out.addAll(allStatements(w.body()));
                out.addAll(allStatements(w.orelse()));
            } else if (s instanceof Stmt.With w) {
                out.addAll(allStatements(w.body()));
            } else if (s instanceof Stmt.Try t) {
                out.addAll(allStatements(t.body()));
                out.addAll(allStatements(t.orelse()));
                out.addAll(allStatements(t.finalbody()));
                t.handlers().forEach(h -> out.addAll(allStatements(h.body())));
            } else if (s instanceof Stmt.FunctionDef f) {
                out.addAll(allStatements(f.body()));
            } else if (s instanceof Stmt.ClassDef c) {
                out.addAll(allStatements(c.body()));
            }
        }
        return out;
    }

    private static List<Expr> expressions(Stmt s) {
        List<Expr> out = new ArrayList<>();
        if (s instanceof Stmt.Assign a) {
            out.add(a.value());
            out.addAll(a.targets());
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
            out.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            out.add(a.value());
            out.add(a.target());
        } else if (s instanceof Stmt.Expr e) {
            out.add(e.value());
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            out.add(r.value());
        } else if (s instanceof Stmt.If i) {
            out.add(i.test());
        } else if (s instanceof Stmt.While w) {
            out.add(w.test());
        } else if (s instanceof Stmt.For f) {
            out.add(f.iter());
        } else if (s instanceof Stmt.Raise r && r.exc() != null) {
            out.add(r.exc());
        } else if (s instanceof Stmt.Assert a) {
            out.add(a.test());
        } else if (s instanceof Stmt.FunctionDef f) {
            out.addAll(f.args().defaults());
        }
        return out;
    }
}
