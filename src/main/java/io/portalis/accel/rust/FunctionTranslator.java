package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one function body (or the module's top-level statements) to Rust statements,
 * settling the type of every expression on the way. Each function returns
 * {@code py::PyResult<T>}; a raised exception travels as {@code Err} through {@code ?}, or,
 * inside a {@code try:} body, as a {@code break} out of the body's labelled block to its handlers.
 */
final class FunctionTranslator {

    /** How a translated value may be used. */
    enum Kind {
        /** A fresh value the consumer may take. */
        OWNED,
        /** A variable (or field of one): taking it needs {@code .clone()} unless it is Copy. */
        PLACE,
        /** A string literal: a {@code &'static str}. */
        STRLIT
    }

    record Val(RExpr code, PyType type, Kind kind) {}

    /** A loop being translated: Python's {@code break} in it becomes {@code breakLabel}'s break. */
    private static final class LoopCtx {
        final String label;
        final String elseLabel;
        final int labeledDepth;
        boolean labelUsed;

        LoopCtx(String label, String elseLabel, int labeledDepth) {
            this.label = label;
            this.elseLabel = elseLabel;
            this.labeledDepth = labeledDepth;
        }
    }

    private final ModuleScope module;
    private final FunctionSig sig;
    private final ClassInfo cls;
    private final boolean discovery;
    private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    private final Deque<LoopCtx> loops = new ArrayDeque<>();
    private final Deque<String> handlerVars = new ArrayDeque<>();
    /** Names bound by the enclosing except clauses whose classes cannot be a built-in KeyError. */
    private final Deque<Map.Entry<String, Boolean>> noKeyErrors = new ArrayDeque<>();
    private final List<Local> allLocals = new ArrayList<>();
    /** Names that refer to module-level Globals here (declared {@code global}, or all in the module's code). */
    private final Set<String> globalsHere = new HashSet<>();
    /** Locals that some read may find unbound (see {@link DefiniteAssignment}): {@code Option}s in Rust. */
    private final Set<String> checkedNames = new HashSet<>();
    private List<Stmt> functionBody = List.of();
    /** Optional module variables that an enclosing {@code if name is not None:} tested. */
    private final Deque<String> narrowedGlobals = new ArrayDeque<>();
    private DeclarationPlanner.Plan plan;
    private List<RStmt> out = new ArrayList<>();
    /** The last operand translated into {@code inlineList} whose inline code must not move later. */
    private Expr inlineBefore;
    private List<RStmt> inlineList;
    private int inlineSize;
    /** Set while a statement is translated again with its operands in temporaries. */
    private boolean pinning;
    private String errorLabel;
    private String returnLabel;
    private int labeledDepth;
    private int counter;
    private boolean addedField;
    /** For a lambda or nested function: the translator of the function it is made in. */
    private FunctionTranslator parent;
    private Node closureAt;
    private String ownName;
    private List<Stmt> bodyStmts = List.of();
    private Set<String> paramNames = Set.of();
    private final List<Local> captures = new ArrayList<>();
    private final Set<Expr> consumedAtOnce = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The statement being translated, for diagnostics that point at it. */
    private Stmt statement;
    /** The item type of the generator whose body this is; null outside generator bodies. */
    private PyType yieldType;
    /** Locals bound by a loop (or comprehension): a new value each round. */
    private final Set<Local> loopBound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Locals that lazy generator expressions read, each with the expression: checked at the end. */
    private final Map<Local, Node> lazyReads = new java.util.IdentityHashMap<>();
    /** Variables that hold a generator whose closing can be seen, each with its first assignment. */
    private final Map<Local, Node> closableVars = new java.util.LinkedHashMap<>();
    /** Whether an exception may leave the function (a {@code ?} or a raise outside any try). */
    private boolean mayRaise;

    ModuleScope module() {
        return module;
    }

    FunctionTranslator(ModuleScope module, FunctionSig sig, ClassInfo cls, boolean discovery) {
        this.module = module;
        this.sig = sig;
        this.cls = cls;
        this.discovery = discovery;
    }

    boolean addedField() {
        return addedField;
    }

    /** Makes this the translator of a generator's body, yielding items of {@code elem}. */
    FunctionTranslator yielding(PyType elem) {
        this.yieldType = elem;
        return this;
    }

    /** The function's body as Rust statements, ending with {@code Ok(())} when it returns nothing. */
    List<RStmt> translate(List<Stmt> body, Node at) {
        Map<String, Local> params = new HashMap<>();
        Set<String> paramNames = new HashSet<>();
        if (sig != null) {
            for (FunctionSig.Param p : sig.params()) {
                Local l = new Local(p.name(), ModuleScope.ident(p.name()), p.type());
                l.assigned();
                params.put(p.name(), l);
                paramNames.add(p.name());
                allLocals.add(l);
            }
        }
        if (cls != null) {
            paramNames.add("self");
        }
        scopes.push(params);
        // The module's own code binds its Globals; a function, those it declares global.
        for (String g : sig == null ? module.globals.keySet() : RustTranslator.globalNames(body)) {
            if (paramNames.contains(g)) {
                throw Unsupported.construct("name '" + g + "' is both a parameter and global", at);
            }
            globalsHere.add(g);
        }
        Set<String> notLocal = new HashSet<>(paramNames);
        notLocal.addAll(globalsHere);
        Set<String> locals = DefiniteAssignment.assigned(body);
        locals.removeAll(notLocal);
        checkedNames.addAll(DefiniteAssignment.maybeUnbound(body, locals, paramNames));
        plan = DeclarationPlanner.plan(body, notLocal, checkedNames, module.names);
        functionBody = body;
        this.bodyStmts = body;
        this.paramNames = paramNames;
        List<RStmt> stmts = block(body);
        scopes.pop();
        for (Local l : allLocals) {
            if (l.type() == null) {
                throw Unsupported.type("cannot settle the type of '" + l.python() + "'", at);
            }
        }
        checkClosableVars();
        for (Map.Entry<Local, Node> read : lazyReads.entrySet()) {
            if (read.getKey().mutable()) {
                throw Unsupported.construct("generator expression reading '" + read.getKey().python() + "', which is "
                        + "reassigned (Python reads its latest value at each step)", read.getValue());
            }
        }
        PyType ret = sig == null ? PyType.NONE : sig.returns();
        if (ret == PyType.NONE) {
            if (!terminates(body)) {
                stmts.add(new RStmt.Tail(new RExpr.Atom("Ok(())")));
            }
        } else if (!terminates(body)) {
            throw Unsupported.type("function '" + sig.pythonName() + "' may end without returning a "
                    + ret.python(), at);
        }
        return stmts;
    }

    /**
     * CPython closes a generator when its last reference goes: locals at the end of their frame,
     * first-made first; a frame an exception left lives on in the traceback until the handler
     * ends. Rust drops locals last-made first, at once. A generator whose closing prints (a
     * finally around its yield) may be kept in a variable only where the two agree: one such
     * variable, in a generator or a function no exception can leave, or at module level (where it
     * lives to the end).
     */
    private void checkClosableVars() {
        List<Node> at = new ArrayList<>(closableVars.values());
        if (at.size() > 1) {
            throw Unsupported.construct("a second variable holding a generator with a finally around its yield "
                    + "(CPython closes them first-made first, Rust last-made first)", at.get(1));
        }
        // A generator's frame is cleared as soon as an exception leaves it, so only functions keep one.
        if (at.size() == 1 && sig != null && yieldType == null && mayRaise) {
            throw Unsupported.construct("a generator with a finally around its yield kept in a variable of a function "
                    + "that may raise (CPython closes it only when the exception's traceback goes)", at.get(0));
        }
    }

    /** Whether a value holds a generator whose closing can be seen. */
    boolean closable(Expr e, PyType t) {
        if (!GeneratorFunction.holdsGenerator(t)) {
            return false;
        }
        if (GeneratorFunction.calls(e, module.closableGenerators)) {
            return true;
        }
        for (String name : DeclarationPlanner.reads(e)) {
            Local l = lookupLocal(name);
            if (l != null && closableVars.containsKey(l)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a generator whose closing can be seen going where its lifetime cannot be followed. */
    void refuseKeepingClosable(Expr e, PyType t, String where) {
        if (closable(e, t)) {
            throw Unsupported.construct("a generator with a finally around its yield " + where
                    + " (its closing could come at another time than in CPython)", e);
        }
    }

    /** Parameters that the body assigns need {@code mut}. */
    boolean paramMutable(String name) {
        for (Local l : allLocals) {
            if (l.python().equals(name)) {
                return l.mutable();
            }
        }
        return false;
    }

    // ==================================================================== for Calls

    /**
     * A module-level value as a self-contained Rust expression: null when it needs statements
     * or can raise (it then cannot initialise a thread-local).
     */
    Val standalone(Expr e, PyType annotated) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        String savedLabel = errorLabel;
        errorLabel = "'no_raise";
        try {
            Val v = expr(e, annotated);
            if (!out.isEmpty() || RustPrinter.flat(v.code()) == null || RustPrinter.flat(v.code()).contains("'no_raise")) {
                return null;
            }
            return annotated == null ? v : coerce(v, annotated, e);
        } finally {
            out = saved;
            errorLabel = savedLabel;
        }
    }

    boolean isLocal(String name) {
        return lookupLocal(name) != null;
    }

    void emit(RStmt s) {
        out.add(s);
    }

    /** Whether running {@code e} later than where Python runs it could show ({@link EvaluationOrder}). */
    boolean orderSensitive(Expr e) {
        return EvaluationOrder.sensitive(e, n -> lookupLocal(n) == null && module.globals.containsKey(n));
    }

    Local temp(String base, PyType type) {
        return tempLocal(base, type);
    }

    String freshName(String base) {
        return fresh(base);
    }

    Local localNamed(String python) {
        return lookupLocal(python);
    }

    Local declareLocal(String python, PyType type) {
        return declare(python, type);
    }

    RExpr iterVecOf(Val v, Node at) {
        return iterVec(v, at);
    }

    /** Runs {@code body} in a fresh scope and statement list, then wraps what it emitted. */
    <T> List<RStmt> inScope(java.util.function.Supplier<T> body, java.util.function.BiFunction<T, List<RStmt>, RStmt> wrap) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        scopes.push(new HashMap<>());
        try {
            T t = body.get();
            List<RStmt> stmts = out;
            return List.of(wrap.apply(t, stmts));
        } finally {
            scopes.pop();
            out = saved;
        }
    }

    /** The loops of a generator expression, the outermost labelled, around {@code innermost}. */
    List<RStmt> generatorLoop(List<Comprehension> gens, String label, Runnable innermost) {
        scopes.push(new HashMap<>());
        try {
            return compLoop(gens, 0, innermost, label);
        } finally {
            scopes.pop();
        }
    }

    // ==================================================================== statements

    private List<RStmt> block(List<Stmt> body) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        scopes.push(new HashMap<>());
        try {
            for (Stmt s : body) {
                hoist(s);
                stmt(s);
            }
            return out;
        } finally {
            scopes.pop();
            out = saved;
        }
    }

    private void hoist(Stmt s) {
        List<String> names = plan.hoistBefore.get(s);
        if (names == null) {
            return;
        }
        for (String n : names) {
            Local l = declare(n, null);
            l.assigned();
            if (checkedNames.contains(n)) {
                l.checked();
                l.assigned();
                out.add(new RStmt.Let(l, true, new RExpr.Atom("None")));
                continue;
            }
            out.add(new RStmt.Let(l, true, new RExpr.Lazy(() -> defaultValue(l.type()))));
        }
    }

    /**
     * The value a variable declared ahead of its first assignment starts with. The variable is
     * provably assigned before each read ({@link DefiniteAssignment}; the others are checked
     * {@code Option}s), but Rust cannot always see that (after a try body, say), so it gets a
     * placeholder no read can reach.
     */
    static String defaultValue(PyType t) {
        if (t == PyType.INT) {
            return "0";
        }
        if (t == PyType.FLOAT) {
            return "0.0";
        }
        if (t == PyType.NUM) {
            return "py::Num::I(0)";
        }
        if (t == PyType.BOOL) {
            return "false";
        }
        if (t == PyType.STR) {
            return "String::new()";
        }
        if (t instanceof PyType.OptionalT) {
            return "None";
        }
        if (t instanceof PyType.ListT) {
            return "py::List::new()";
        }
        if (t instanceof PyType.DictT) {
            return "py::Dict::new()";
        }
        if (t instanceof PyType.SetT) {
            return "py::Set::new()";
        }
        if (t instanceof PyType.TupleT tt) {
            List<String> parts = new ArrayList<>();
            for (PyType e : tt.elems()) {
                String d = defaultValue(e);
                if (d == null) {
                    return null;
                }
                parts.add(d);
            }
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }
        return null;
    }

    /**
     * Binds {@code python} to the inner value of an Optional variable for a block. When the block
     * assigns the name, the binding gets a name of its own, so the assignment reaches the
     * Optional variable and later reads see it again.
     */
    private Local narrow(String python, Local optional, PyType inner, List<Stmt> scopeBody) {
        boolean assigned = assigns(scopeBody, python);
        String base = optional.rust().startsWith("r#") ? optional.rust().substring(2) : optional.rust();
        Local l = new Local(python, assigned ? base + "_value" : optional.rust(), inner);
        l.narrowedFrom(optional);
        scopes.peek().put(python, l);
        allLocals.add(l);
        return l;
    }

    private static boolean assigns(List<Stmt> body, String name) {
        for (Stmt s : body) {
            java.util.Set<String> t = new java.util.HashSet<>();
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(x -> DeclarationPlanner.targetNames(x, t));
            } else if (s instanceof Stmt.AnnAssign a) {
                DeclarationPlanner.targetNames(a.target(), t);
            } else if (s instanceof Stmt.AugAssign a) {
                DeclarationPlanner.targetNames(a.target(), t);
            } else if (s instanceof Stmt.For f) {
                DeclarationPlanner.targetNames(f.target(), t);
            }
            if (t.contains(name)) {
                return true;
            }
            for (List<Stmt> inner : children(s)) {
                if (assigns(inner, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ends a narrowing: the name reads the Optional variable again. */
    private void unnarrow(Local narrowed) {
        for (Map<String, Local> scope : scopes) {
            if (scope.get(narrowed.python()) == narrowed) {
                scope.remove(narrowed.python());
            }
        }
    }

    private Local declare(String python, PyType type) {
        Local l = new Local(python, ModuleScope.ident(python), type);
        scopes.peek().put(python, l);
        allLocals.add(l);
        return l;
    }

    private Local lookupLocal(String name) {
        for (Map<String, Local> scope : scopes) {
            Local l = scope.get(name);
            if (l != null) {
                return l;
            }
        }
        return parent == null ? null : capture(name);
    }

    // ==================================================================== closures

    /** A translator for a lambda or nested function made in this one; it shares the name counter. */
    FunctionTranslator child(FunctionSig childSig, String name, Node at) {
        FunctionTranslator c = new FunctionTranslator(module, childSig, null, discovery);
        c.parent = this;
        c.closureAt = at;
        c.ownName = name;
        c.counter = counter;
        return c;
    }

    /** Takes the name counter back from a child, so names stay unique across the function. */
    void adopt(FunctionTranslator child) {
        counter = child.counter;
    }

    /** The variables of enclosing functions that this closure reads. */
    List<Local> captures() {
        return captures;
    }

    /**
     * A variable of an enclosing function, read by this closure: the closure holds a copy (a
     * shared handle for lists, dicts and objects), which is Python's behaviour only when the
     * variable is never bound again, so a rebound variable is refused.
     */
    private Local capture(String name) {
        if (name.equals(ownName)) {
            throw Unsupported.construct("recursive nested function '" + name + "'", closureAt);
        }
        Local outer = parent.lookupLocal(name);
        if (outer == null) {
            return null;
        }
        if (outer.isChecked()) {
            throw Unsupported.construct("closure reading '" + name + "', which may be unbound when the closure is made",
                    closureAt);
        }
        if (!outer.rust().matches("(r#)?[A-Za-z_][A-Za-z0-9_]*")) {
            throw Unsupported.construct("closure reading '" + name + "' inside an Optional test", closureAt);
        }
        if (!parent.captures.contains(outer)) {
            BindingSites sites = BindingSites.of(parent.bodyStmts, name);
            int count = sites.count() + (parent.paramNames.contains(name) ? 1 : 0);
            if (count != 1 || sites.inLoop()) {
                throw Unsupported.construct("closure reading '" + name + "', which the enclosing function binds "
                        + (count == 0 ? "in a comprehension or loop" : sites.inLoop() ? "in a loop" : "more than once")
                        + " (Python's closure would see its latest value)", closureAt);
            }
        }
        if (BindingSites.of(bodyStmts, name).count() > 0) {
            throw Unsupported.construct("nested function assigning '" + name + "' of the enclosing function", closureAt);
        }
        Local inner = new Local(name, outer.rust(), outer.type());
        inner.assigned();
        scopes.getLast().put(name, inner);
        captures.add(inner);
        return inner;
    }

    /** The statements of a lambda's body, its parameters typed by {@code params}; the return type is settled. */
    List<RStmt> lambdaBody(Expr.Lambda l, List<PyType> params, PyType expectedRet, PyType[] ret) {
        Map<String, Local> scope = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < params.size(); i++) {
            String p = l.args().args().get(i).arg();
            Local local = new Local(p, ModuleScope.ident(p), params.get(i));
            local.assigned();
            scope.put(p, local);
            names.add(p);
            allLocals.add(local);
        }
        scopes.push(scope);
        this.paramNames = names;
        plan = DeclarationPlanner.plan(List.of(), names, Set.of(), module.names);
        Val v = expr(l.body(), expectedRet);
        if (expectedRet != null) {
            v = coerce(v, expectedRet, l.body());
        }
        ret[0] = expectedRet != null ? expectedRet : settle(v.type(), l.body());
        out.add(new RStmt.Tail(RExpr.call("Ok", owned(v))));
        scopes.pop();
        return out;
    }

    /** Whether a map() or filter() call is the argument of a call that consumes it whole at once. */
    boolean consumedAtOnce(Expr e) {
        return consumedAtOnce.contains(e);
    }

    void markConsumedAtOnce(Expr e) {
        consumedAtOnce.add(e);
    }

    private String fresh(String base) {
        counter++;
        return base + "_" + counter;
    }

    private void stmt(Stmt s) {
        Stmt outer = statement;
        statement = s;
        try {
            inOrder(s);
        } finally {
            statement = outer;
        }
    }

    /**
     * Translates a statement. Where an operand needs statements of its own (a comprehension, a
     * key= function) to the right of one that stays inline, the statement is translated again
     * with each operand that could notice the difference in a temporary, in Python's order.
     */
    private void inOrder(Stmt s) {
        List<RStmt> list = out;
        int mark = out.size();
        int scopeDepth = scopes.size();
        int loopDepth = loops.size();
        int handlerDepth = handlerVars.size();
        int narrowDepth = narrowedGlobals.size();
        int savedLabeledDepth = labeledDepth;
        String savedError = errorLabel;
        String savedReturn = returnLabel;
        Map<Local, Node> savedLazy = new java.util.IdentityHashMap<>(lazyReads);
        Map<Local, Node> savedClosable = new java.util.LinkedHashMap<>(closableVars);
        inlineBefore = null;
        try {
            statementBody(s);
        } catch (OutOfOrder again) {
            if (pinning) {
                throw again;
            }
            out = list;
            out.subList(mark, out.size()).clear();
            while (scopes.size() > scopeDepth) {
                scopes.pop();
            }
            while (loops.size() > loopDepth) {
                loops.pop();
            }
            while (handlerVars.size() > handlerDepth) {
                handlerVars.pop();
            }
            while (narrowedGlobals.size() > narrowDepth) {
                narrowedGlobals.pop();
            }
            labeledDepth = savedLabeledDepth;
            errorLabel = savedError;
            returnLabel = savedReturn;
            lazyReads.clear();
            lazyReads.putAll(savedLazy);
            closableVars.clear();
            closableVars.putAll(savedClosable);
            inlineBefore = null;
            pinning = true;
            try {
                statementBody(s);
            } finally {
                pinning = false;
            }
        }
    }

    /**
     * Notes that the program's behaviour depends on the order of values of this type when it
     * holds a set of str: that order follows CPython's str hashes, which differ per process
     * unless PYTHONHASHSEED is set.
     */
    void noteSetOrder(PyType t) {
        if (showsStrSet(t)) {
            module.noteStrSetOrder(statement);
        }
    }

    private static boolean showsStrSet(PyType t) {
        if (t instanceof PyType.SetT s) {
            return PyType.hashesStr(s.elem());
        }
        if (t instanceof PyType.ListT l) {
            return showsStrSet(l.elem());
        }
        if (t instanceof PyType.DictT d) {
            return showsStrSet(d.key()) || showsStrSet(d.value());
        }
        if (t instanceof PyType.TupleT tt) {
            return tt.elems().stream().anyMatch(FunctionTranslator::showsStrSet);
        }
        if (t instanceof PyType.OptionalT o) {
            return showsStrSet(o.inner());
        }
        return false;
    }

    private void statementBody(Stmt s) {
        if (s instanceof Stmt.Expr e) {
            if (e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str) {
                return;
            }
            if (yieldType != null && (e.value() instanceof Expr.Yield || e.value() instanceof Expr.YieldFrom)) {
                yieldStmt(e.value());
                return;
            }
            Val v = expr(e.value(), null);
            out.add(new RStmt.Expr(v.code()));
        } else if (s instanceof Stmt.Assign a) {
            if (a.targets().size() != 1) {
                throw Unsupported.construct("chained assignment", s);
            }
            assign(s, a.targets().get(0), a.value(), null);
        } else if (s instanceof Stmt.AnnAssign a) {
            PyType t = module.annotation(a.annotation());
            if (a.value() == null) {
                if (a.target() instanceof Expr.Name n) {
                    Local l = lookupLocal(n.id());
                    if (l != null && l.type() == null) {
                        l.type(t);
                    }
                    return;
                }
                throw Unsupported.construct("annotation without a value", s);
            }
            assign(s, a.target(), a.value(), t);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Raise r) {
            raise(r);
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t);
        } else if (s instanceof Stmt.Assert a) {
            RExpr cond = truthy(test(a.test(), null), a.test());
            List<Expr> msg = a.msg() == null ? List.of() : List.of(a.msg());
            List<RStmt> body = List.of(raiseStmt(builtinException("AssertionError", msg)));
            out.add(new RStmt.If(List.of(new RStmt.Branch(not(cond), body))));
        } else if (s instanceof Stmt.Pass) {
            return;
        } else if (s instanceof Stmt.Break b) {
            LoopCtx loop = loops.peek();
            if (loop == null) {
                throw Unsupported.construct("break outside a loop", b);
            }
            if (loop.elseLabel != null) {
                out.add(new RStmt.Jump("break", loop.elseLabel, null));
            } else {
                out.add(new RStmt.Jump("break", loopLabel(loop), null));
            }
        } else if (s instanceof Stmt.Continue c) {
            LoopCtx loop = loops.peek();
            if (loop == null) {
                throw Unsupported.construct("continue outside a loop", c);
            }
            out.add(new RStmt.Jump("continue", loopLabel(loop), null));
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.FunctionDef) {
            new Closures(this, module).nestedDef((Stmt.FunctionDef) s, plan.letHere(s, ((Stmt.FunctionDef) s).name()));
        } else if (s instanceof Stmt.ClassDef) {
            throw Unsupported.construct("nested class", s);
        } else if (s instanceof Stmt.Global) {
            return; // settled before the body: see translate()
        } else if (s instanceof Stmt.Nonlocal) {
            throw Unsupported.construct("nonlocal statement", s);
        } else if (s instanceof Stmt.With) {
            throw Unsupported.construct("with statement", s);
        } else if (s instanceof Stmt.Match) {
            throw Unsupported.construct("match statement", s);
        } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
            throw Unsupported.construct("import inside a function", s);
        } else {
            throw Unsupported.construct(s.getClass().getSimpleName() + " statement", s);
        }
    }

    private String loopLabel(LoopCtx loop) {
        if (labeledDepth > loop.labeledDepth) {
            loop.labelUsed = true;
            return loop.label;
        }
        return null;
    }

    private static boolean terminates(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        if (last instanceof Stmt.Return || last instanceof Stmt.Raise) {
            return true;
        }
        if (last instanceof Stmt.If i) {
            return terminates(i.body()) && terminates(i.orelse());
        }
        if (last instanceof Stmt.While w && isTrue(w.test())) {
            return !containsBreak(w.body());
        }
        if (last instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty() && terminates(t.finalbody())) {
                return true;
            }
            boolean handlers = t.handlers().stream().allMatch(h -> terminates(h.body()));
            boolean main = t.orelse().isEmpty() ? terminates(t.body()) : terminates(t.orelse());
            return handlers && main;
        }
        return false;
    }

    private static boolean diverges(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return last instanceof Stmt.Return || last instanceof Stmt.Raise || last instanceof Stmt.Break
                || last instanceof Stmt.Continue;
    }

    private static boolean containsBreak(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break) {
                return true;
            }
            if (s instanceof Stmt.If i && (containsBreak(i.body()) || containsBreak(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.Try t && (containsBreak(t.body()) || containsBreak(t.orelse())
                    || containsBreak(t.finalbody()) || t.handlers().stream().anyMatch(h -> containsBreak(h.body())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Bool b && b.value();
    }

    // -------------------------------------------------------------------- assignment

    private void assign(Stmt s, Expr target, Expr value, PyType annotated) {
        if (target instanceof Expr.Name n && globalsHere.contains(n.id())) {
            ModuleScope.Global g = global(n);
            if (annotated != null && !annotated.equals(g.type())) {
                throw Unsupported.type("'" + n.id() + "' is " + g.type().python() + " but is annotated "
                        + annotated.python(), target);
            }
            Val v = coerce(expr(value, g.type()), g.type(), value);
            out.add(new RStmt.Expr(g.store(owned(v))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local existing = plan.letHere(s, n.id()) ? null : lookupLocal(n.id());
            PyType expected = annotated != null ? annotated : existing != null ? existing.type() : null;
            Val v = value instanceof Expr.GeneratorExp g && !(expected instanceof PyType.IterT)
                    ? lazyGenerator(g, false) : expr(value, expected);
            if (existing == null) {
                if (!plan.letHere(s, n.id())) {
                    throw Unsupported.construct("assignment to '" + n.id() + "' outside its function", target);
                }
                PyType t = annotated != null ? annotated : settle(v.type(), value);
                Val c = coerce(v, t, value);
                Local l = declare(n.id(), t);
                l.assigned();
                if (closable(value, t)) {
                    closableVars.putIfAbsent(l, value);
                }
                out.add(new RStmt.Let(l, (annotated != null || PyType.holdsFunction(t)) && needsAnnotation(c), owned(c)));
            } else {
                if (existing.narrowedFrom() != null) {
                    Local optional = existing.narrowedFrom();
                    unnarrow(existing);
                    existing = optional;
                }
                if (existing.type() == null) {
                    existing.type(annotated != null ? annotated : settle(v.type(), value));
                }
                Val c = coerce(v, existing.type(), value);
                existing.assigned();
                if (closable(value, existing.type())) {
                    closableVars.putIfAbsent(existing, value);
                }
                out.add(assignLocal(existing, owned(c)));
            }
            return;
        }
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            unpack(s, target, value);
            return;
        }
        PyType expected = annotated;
        if (expected == null) {
            expected = targetType(target);
        }
        Val v = expr(value, expected);
        refuseKeepingClosable(value, v.type(), "stored in an item or attribute");
        boolean targetRuns = target instanceof Expr.Subscript sub ? orderSensitive(sub.value()) || orderSensitive(sub.slice())
                : target instanceof Expr.Attribute a && orderSensitive(a.value());
        if (targetRuns && orderSensitive(value) && !(v.code() instanceof RExpr.Atom)) {
            // Python evaluates the value before the target's object and index.
            Local held = tempLocal("value", v.type());
            out.add(new RStmt.Let(held, false, owned(v)));
            v = new Val(new RExpr.Atom(held.rust()), v.type(), Kind.OWNED);
        }
        storeTo(target, v, annotated);
    }

    private static boolean needsAnnotation(Val v) {
        return !(v.code() instanceof RExpr.Atom a && (a.text().matches("-?[0-9]+(_i64)?") || a.text().equals("true")
                || a.text().equals("false")));
    }

    /** A value's type as a variable's type: None and iterables cannot be settled. */
    /** The type of a slot inferred from its first value (in a module whose float slots are NUM, a float's is too). */
    private PyType settle(PyType t, Node at) {
        if (t == PyType.NONE) {
            throw Unsupported.type("cannot settle a type from None; annotate the variable", at);
        }
        if (t == null) {
            throw Unsupported.type("cannot settle the type of this value; annotate the variable", at);
        }
        return NumericTower.element(this, t);
    }

    /** The type a subscript or attribute target holds, for typing an empty literal assigned to it. */
    private PyType targetType(Expr target) {
        try {
            if (target instanceof Expr.Subscript sub) {
                Val c = exprProbe(sub.value());
                if (c.type() instanceof PyType.ListT l) {
                    return l.elem();
                }
                if (c.type() instanceof PyType.DictT d) {
                    return d.value();
                }
                if (c.type() instanceof PyType.ClassT ct && ct.info().signature("__setitem__") != null) {
                    return ct.info().signature("__setitem__").params().get(1).type();
                }
            }
            if (target instanceof Expr.Attribute a) {
                Val c = exprProbe(a.value());
                if (c.type() instanceof PyType.ClassT ct) {
                    return ct.info().field(a.attr());
                }
            }
        } catch (Unsupported e) {
            return null;
        }
        return null;
    }

    /** The type of a module-level value, for a Global's type; throws when it cannot be settled. */
    PyType probeType(Expr e) {
        String savedLabel = errorLabel;
        errorLabel = "'no_raise";
        try {
            return exprProbe(e).type();
        } finally {
            errorLabel = savedLabel;
        }
    }

    /** Types an expression without keeping the statements it would emit. */
    private Val exprProbe(Expr e) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        int savedCounter = counter;
        try {
            return expr(e, null);
        } finally {
            out = saved;
            counter = savedCounter;
        }
    }

    /** Stores a value into a subscript or attribute target ({@code annotated}: its annotation, or null). */
    private void storeTo(Expr target, Val v, PyType annotated) {
        if (target instanceof Expr.Subscript sub) {
            if (sub.slice() instanceof Expr.Slice) {
                throw Unsupported.construct("assignment to a slice", target);
            }
            Val c = expr(sub.value(), null);
            if (c.type() instanceof PyType.ListT l) {
                Val i = coerce(expr(sub.slice(), PyType.INT), PyType.INT, sub.slice());
                Val val = coerce(v, l.elem(), target);
                out.add(new RStmt.Expr(tryOf(RExpr.method(c.code(), "set", i.code(), owned(val)))));
                return;
            }
            if (c.type() instanceof PyType.DictT d) {
                Val k = coerce(expr(sub.slice(), d.key()), d.key(), sub.slice());
                Val val = coerce(v, d.value(), target);
                out.add(new RStmt.Expr(RExpr.method(c.code(), "set", owned(k), owned(val))));
                return;
            }
            if (c.type() instanceof PyType.ClassT && ObjectOperators.keyType(c.type()) != null) {
                PyType kt = ObjectOperators.keyType(c.type());
                Val k = coerce(expr(sub.slice(), kt), kt, sub.slice());
                out.add(new RStmt.Expr(new ObjectOperators(this).setItem(c, k, v, target)));
                return;
            }
            throw Unsupported.construct("item assignment on " + c.type().python(), target);
        }
        if (target instanceof Expr.Attribute a) {
            Val obj = expr(a.value(), null);
            if (!(obj.type() instanceof PyType.ClassT ct)) {
                throw Unsupported.construct("attribute assignment on " + obj.type().python(), target);
            }
            PyType ft = ct.info().field(a.attr());
            if (ft == null) {
                if (discovery && isSelf(a.value()) && cls != null) {
                    // self.x: float = 0 declares a float field that holds the int 0 for now.
                    PyType t = annotated != null ? annotated : settle(v.type(), target);
                    cls.ownFields().put(a.attr(), t);
                    addedField = true;
                    ft = t;
                } else {
                    throw Unsupported.type("cannot settle the type of attribute '" + a.attr() + "' of "
                            + ct.info().name() + "; assign it in __init__", target);
                }
            }
            Val val = coerce(v, ft, target);
            out.add(new RStmt.Expr(RExpr.method(obj.code(), "set_" + fieldName(a.attr()), owned(val))));
            return;
        }
        throw Unsupported.construct("assignment to " + target.getClass().getSimpleName(), target);
    }

    static String fieldName(String attr) {
        if (ModuleScope.ident(attr).startsWith("r#")) {
            return attr + "_"; // a Rust keyword (fn, type, ...) cannot name a field
        }
        return attr.startsWith("_") ? attr.replaceFirst("^_+", "") + "_private" : attr;
    }

    private static boolean isSelf(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("self");
    }

    private void unpack(Stmt s, Expr target, Expr value) {
        List<Expr> targets = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
        Val v;
        if (value instanceof Expr.Tuple vt && vt.elts().size() == targets.size()) {
            List<RExpr> codes = new ArrayList<>();
            List<PyType> types = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                PyType expected = targets.get(i) instanceof Expr.Name n && lookupLocal(n.id()) != null
                        ? lookupLocal(n.id()).type() : null;
                Val e = expr(vt.elts().get(i), expected);
                if (expected != null) {
                    e = coerce(e, expected, vt.elts().get(i));
                }
                codes.add(owned(e));
                types.add(e.type());
            }
            v = new Val(new RExpr.Tuple(codes), new PyType.TupleT(types), Kind.OWNED);
        } else {
            v = expr(value, null);
        }
        if (!(v.type() instanceof PyType.TupleT tt) || tt.elems().size() != targets.size()) {
            throw Unsupported.type("cannot unpack " + v.type().python() + " into " + targets.size() + " names", value);
        }
        boolean allNames = targets.stream().allMatch(t -> t instanceof Expr.Name n && !globalsHere.contains(n.id())
                && !checkedNames.contains(n.id()));
        if (allNames) {
            List<Local> locals = new ArrayList<>();
            boolean allNew = true;
            boolean anyNew = false;
            for (Expr t : targets) {
                boolean isNew = plan.letHere(s, ((Expr.Name) t).id());
                allNew &= isNew;
                anyNew |= isNew;
            }
            for (int i = 0; i < targets.size(); i++) {
                String name = ((Expr.Name) targets.get(i)).id();
                PyType et = tt.elems().get(i);
                Local l;
                if (plan.letHere(s, name)) {
                    l = declare(name, settle(et, targets.get(i)));
                    if (!allNew) {
                        l.assigned();
                        out.add(new RStmt.Let(l, true, null));
                    }
                } else {
                    l = lookupLocal(name);
                    if (l == null) {
                        throw Unsupported.construct("assignment to '" + name + "' outside its function", targets.get(i));
                    }
                    if (l.type() == null) {
                        l.type(settle(et, targets.get(i)));
                    }
                    if (!l.type().equals(et)) {
                        throw Unsupported.type("'" + name + "' is " + l.type().python() + " but is assigned "
                                + et.python(), targets.get(i));
                    }
                }
                l.assigned();
                locals.add(l);
            }
            if (allNew) {
                out.add(new RStmt.LetPattern(() -> tuplePattern(locals), owned(v)));
            } else {
                RExpr lhs = new RExpr.Tuple(locals.stream().map(l -> (RExpr) new RExpr.Atom(l.rust())).toList());
                out.add(new RStmt.Assign(lhs, "=", owned(v)));
            }
            if (anyNew && !allNew) {
                return;
            }
            return;
        }
        // Targets with subscripts or attributes: evaluate the value, then store each item in order.
        List<RStmt> saved = out;
        out = new ArrayList<>();
        List<Local> temps = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Local t = new Local("", "value_" + (i + 1), tt.elems().get(i));
            t.assigned();
            temps.add(t);
        }
        out.add(new RStmt.LetPattern(() -> tuplePattern(temps), owned(v)));
        for (int i = 0; i < targets.size(); i++) {
            Val item = new Val(new RExpr.Atom(temps.get(i).rust()), tt.elems().get(i), Kind.OWNED);
            Expr t = targets.get(i);
            if (t instanceof Expr.Name n && globalsHere.contains(n.id())) {
                out.add(new RStmt.Expr(global(n).store(owned(coerce(item, global(n).type(), t)))));
            } else if (t instanceof Expr.Name n) {
                Local l = lookupLocal(n.id());
                if (l == null) {
                    throw Unsupported.construct("unpacking into a new name next to an item target", t);
                }
                l.assigned();
                out.add(assignLocal(l, owned(coerce(item, l.type(), t))));
            } else {
                storeTo(t, item, null);
            }
        }
        List<RStmt> body = out;
        out = saved;
        out.add(new RStmt.Scope(body));
    }

    /** The prelude's in-place set method for {@code |= &= -= ^=}, or null for another operator. */
    private static String inPlaceSetOp(Operator op) {
        return switch (op) {
            case BitOr -> "update";
            case BitAnd -> "intersection_update";
            case Sub -> "difference_update";
            case BitXor -> "symmetric_difference_update";
            default -> null;
        };
    }

    /** {@code set OP= rhs}: changes the set itself, as Python does, rather than rebinding. */
    private RExpr inPlaceSet(RExpr set, PyType type, Stmt.AugAssign a, Val rhs) {
        if (!rhs.type().equals(type)) {
            throw Unsupported.type("unsupported operand types for " + a.op().symbol() + "=: " + type.python()
                    + " and " + rhs.type().python(), a);
        }
        return RExpr.method(set, inPlaceSetOp(a.op()), ref(rhs));
    }

    private static String tuplePattern(List<Local> locals) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < locals.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Local l = locals.get(i);
            sb.append(l.mutable() ? "mut " : "").append(l.rust());
        }
        return sb.append(locals.size() == 1 ? ",)" : ")").toString();
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr target = a.target();
        if (target instanceof Expr.Name n && globalsHere.contains(n.id())) {
            ModuleScope.Global g = global(n);
            Val cur = new Val(tryOf(g.load()), g.type(), Kind.OWNED);
            Val rhs = expr(a.value(), g.type());
            if (g.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                // In place, as list.__iadd__ is: the rebinding stores the same list.
                out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", iterVec(rhs, a.value()))));
                return;
            }
            Val result = binary(a.op(), cur, rhs, a);
            out.add(new RStmt.Expr(g.store(owned(coerce(result, g.type(), a)))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local l = lookupLocal(n.id());
            if (l == null || l.type() == null) {
                throw Unsupported.type("'" + n.id() + "' is not assigned before '" + a.op().symbol() + "='", target);
            }
            if (l.isChecked()) {
                Val cur = new Val(localValue(l), l.type(), Kind.OWNED);
                Val rhs = expr(a.value(), l.type());
                l.assigned();
                if (l.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                    out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", iterVec(rhs, a.value()))));
                    return;
                }
                out.add(assignLocal(l, owned(coerce(binary(a.op(), cur, rhs, a), l.type(), a))));
                return;
            }
            Val cur = new Val(new RExpr.Atom(l.rust()), l.type(), Kind.PLACE);
            Val rhs = expr(a.value(), l.type());
            l.assigned();
            if (l.type() == PyType.STR && a.op() == Operator.Add) {
                Val r = coerce(rhs, PyType.STR, a.value());
                // s += s: the right side would borrow the String it appends to, so it is copied first.
                RExpr appended = r.kind() == Kind.PLACE && r.code().equals(cur.code())
                        ? new RExpr.Unary("&", owned(r)) : strRef(r);
                out.add(new RStmt.Assign(cur.code(), "+=", appended));
                return;
            }
            if (l.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", iterVec(rhs, a.value()))));
                return;
            }
            if (l.type() instanceof PyType.SetT && inPlaceSetOp(a.op()) != null) {
                out.add(new RStmt.Expr(inPlaceSet(cur.code(), l.type(), a, rhs)));
                return;
            }
            if (l.type() == PyType.FLOAT && (a.op() == Operator.Add || a.op() == Operator.Sub || a.op() == Operator.Mult)) {
                Val r = promote(rhs, a.value());
                out.add(new RStmt.Assign(cur.code(), a.op().symbol() + "=", r.code()));
                return;
            }
            Val result = binary(a.op(), cur, rhs, a);
            out.add(new RStmt.Assign(cur.code(), "=", owned(coerce(result, l.type(), a))));
            return;
        }
        if (target instanceof Expr.Attribute at) {
            Val obj = expr(at.value(), null);
            RExpr objCode = obj.code();
            if (!(objCode instanceof RExpr.Atom)) {
                Local tmp = tempLocal("object", obj.type());
                out.add(new RStmt.Let(tmp, false, owned(obj)));
                objCode = new RExpr.Atom(tmp.rust());
            }
            if (!(obj.type() instanceof PyType.ClassT ct) || ct.info().field(at.attr()) == null) {
                throw Unsupported.type("unknown attribute '" + at.attr() + "'", target);
            }
            PyType ft = ct.info().field(at.attr());
            if (ft instanceof PyType.SetT && inPlaceSetOp(a.op()) != null) {
                // The field holds a handle on the set, which the operator changes in place.
                RExpr set = RExpr.method(objCode, "get_" + fieldName(at.attr()));
                out.add(new RStmt.Expr(inPlaceSet(set, ft, a, expr(a.value(), ft))));
                return;
            }
            Val cur = new Val(RExpr.method(objCode, "get_" + fieldName(at.attr())), ft, Kind.OWNED);
            Val result = binary(a.op(), cur, expr(a.value(), ft), a);
            out.add(new RStmt.Expr(RExpr.method(objCode, "set_" + fieldName(at.attr()), owned(coerce(result, ft, a)))));
            return;
        }
        if (target instanceof Expr.Subscript sub) {
            Val c = expr(sub.value(), null);
            RExpr cCode = c.code();
            if (!(cCode instanceof RExpr.Atom)) {
                Local tmp = tempLocal("items", c.type());
                out.add(new RStmt.Let(tmp, false, owned(c)));
                cCode = new RExpr.Atom(tmp.rust());
            }
            Val container = new Val(cCode, c.type(), Kind.PLACE);
            PyType keyType = c.type() instanceof PyType.DictT d ? d.key()
                    : c.type() instanceof PyType.ClassT ? ObjectOperators.keyType(c.type()) : PyType.INT;
            Val key = coerce(expr(sub.slice(), keyType), keyType, sub.slice());
            if (!(key.code() instanceof RExpr.Atom)) {
                Local tmp = tempLocal("key", keyType);
                out.add(new RStmt.Let(tmp, false, owned(key)));
                key = new Val(new RExpr.Atom(tmp.rust()), keyType, Kind.PLACE);
            }
            Val cur = subscriptValue(container, key, sub);
            Val result = binary(a.op(), cur, expr(a.value(), cur.type()), a);
            Val stored = coerce(result, cur.type(), a);
            if (c.type() instanceof PyType.DictT) {
                out.add(new RStmt.Expr(RExpr.method(cCode, "set", owned(key), owned(stored))));
            } else if (c.type() instanceof PyType.ClassT) {
                out.add(new RStmt.Expr(new ObjectOperators(this).setItem(container, key, result, a)));
            } else {
                out.add(new RStmt.Expr(tryOf(RExpr.method(cCode, "set", key.code(), owned(stored)))));
            }
            return;
        }
        throw Unsupported.construct("augmented assignment to this target", target);
    }

    /**
     * The type of a local read before the translation reaches its first assignment (a value
     * carried from one loop iteration to the next): its annotation, or its first value's type
     * as the names in scope here give it. Null when that cannot be settled here.
     */
    private PyType typeAhead(String name) {
        for (Stmt s : RustTranslator.allStatementsOf(functionBody)) {
            try {
                if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)) {
                    return module.annotation(a.annotation());
                }
                if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                        && n.id().equals(name)) {
                    PyType t = exprProbe(a.value()).type();
                    return t == PyType.NONE || t instanceof PyType.IterT ? null : t;
                }
            } catch (Unsupported notHere) {
                return null;
            }
        }
        return null;
    }

    /** {@code local = value}; a checked local holds {@code Some(value)}. */
    private RStmt assignLocal(Local l, RExpr value) {
        return new RStmt.Assign(new RExpr.Atom(l.rust()), "=", l.isChecked() ? RExpr.call("Some", value) : value);
    }

    /**
     * A local's value, owned: a checked local's read raises UnboundLocalError (NameError in
     * the module's code) while it is unbound, with CPython 3.11's message.
     */
    private RExpr localValue(Local l) {
        if (l.isChecked()) {
            String fn = sig == null ? "py::bound_name" : "py::bound_local";
            return tryOf(RExpr.call(fn, new RExpr.Unary("&", new RExpr.Atom(l.rust())), new RExpr.Atom("\"" + l.python() + "\"")));
        }
        return l.type().copy() ? new RExpr.Atom(l.rust()) : RExpr.method(new RExpr.Atom(l.rust()), "clone");
    }

    /** The Global a name declared global (or assigned at module level) refers to. */
    private ModuleScope.Global global(Expr.Name n) {
        ModuleScope.Global g = module.globals.get(n.id());
        if (g == null) {
            throw Unsupported.construct("global '" + n.id() + "' that the module does not assign", n);
        }
        return g;
    }

    private Local tempLocal(String base, PyType type) {
        Local l = new Local("", fresh(base), type);
        l.assigned();
        return l;
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Name n && (isSelf(n) || (sig != null && sig.indexOf(n.id()) >= 0))) {
            throw Unsupported.construct("del of a parameter", t);
        }
        if (t instanceof Expr.Name n && lookupLocal(n.id()) == null && module.globals.containsKey(n.id())) {
            throw Unsupported.construct("del of a module-level variable", t);
        }
        if (t instanceof Expr.Name n && lookupLocal(n.id()) != null && !globalsHere.contains(n.id())) {
            Local l = lookupLocal(n.id());
            if (l.isChecked()) {
                // Unbinds it; Python raises on a del of an unbound name as on a read.
                out.add(new RStmt.Expr(localValue(l)));
                out.add(new RStmt.Assign(new RExpr.Atom(l.rust()), "=", new RExpr.Atom("None")));
            }
            // A local that no later read can reach unbound: nothing to do in Rust.
            return;
        }
        if (t instanceof Expr.Subscript sub && !(sub.slice() instanceof Expr.Slice)) {
            Val c = expr(sub.value(), null);
            if (c.type() instanceof PyType.DictT d) {
                Val k = coerce(expr(sub.slice(), d.key()), d.key(), sub.slice());
                out.add(new RStmt.Expr(tryOf(RExpr.method(c.code(), "del", ref(k)))));
                return;
            }
            if (c.type() instanceof PyType.ListT) {
                Val i = coerce(expr(sub.slice(), PyType.INT), PyType.INT, sub.slice());
                out.add(new RStmt.Expr(tryOf(RExpr.method(c.code(), "del", i.code()))));
                return;
            }
        }
        throw Unsupported.construct("del of this target", t);
    }

    // -------------------------------------------------------------------- control flow

    private void ifStmt(Stmt.If i) {
        // `if x is None: <leave>` narrows x to its inner type for the rest of the block.
        String narrowed = noneTest(i.test(), CmpOp.Is);
        if (narrowed != null && i.orelse().isEmpty() && diverges(i.body())) {
            Local l = lookupLocal(narrowed);
            if (l != null && l.type() instanceof PyType.OptionalT o) {
                List<RStmt> body = block(i.body());
                Local inner = declare(narrowed, o.inner());
                inner.assigned();
                RExpr value = localValue(l);
                out.add(new RStmt.LetElse(() -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", value, body));
                return;
            }
        }
        List<RStmt.Branch> branches = new ArrayList<>();
        Stmt.If cur = i;
        List<RStmt> target = out;
        while (true) {
            String present = noneTest(cur.test(), CmpOp.IsNot);
            Local opt = present == null ? null : lookupLocal(present);
            if (opt != null && opt.type() instanceof PyType.OptionalT o) {
                scopes.push(new HashMap<>());
                Local inner = narrow(present, opt, o.inner(), cur.body());
                inner.assigned();
                List<RStmt> body = block(cur.body());
                scopes.pop();
                RExpr value = localValue(opt);
                branches.add(new RStmt.Branch(value, () -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", body));
            } else if (present != null && opt == null && module.globals.get(present) != null
                    && module.globals.get(present).type() instanceof PyType.OptionalT) {
                // A module variable stays one inside the block (any code there may rebind it):
                // each read takes its current value, which the test showed is not None.
                ModuleScope.Global g = module.globals.get(present);
                RExpr cond = RExpr.method(tryOf(g.load()), "is_some");
                narrowedGlobals.push(present);
                List<RStmt> body;
                try {
                    body = block(cur.body());
                } finally {
                    narrowedGlobals.pop();
                }
                branches.add(new RStmt.Branch(cond, body));
            } else {
                List<RStmt> saved = out;
                out = new ArrayList<>();
                RExpr cond = truthy(test(cur.test(), PyType.BOOL), cur.test());
                List<RStmt> pre = out;
                out = saved;
                if (!pre.isEmpty()) {
                    if (branches.isEmpty()) {
                        out.addAll(pre);
                    } else {
                        // The test needs statements of its own: they run only when earlier tests failed.
                        List<RStmt> rest = new ArrayList<>(pre);
                        List<RStmt.Branch> inner = new ArrayList<>();
                        inner.add(new RStmt.Branch(cond, block(cur.body())));
                        if (!cur.orelse().isEmpty()) {
                            inner.add(new RStmt.Branch(null, block(cur.orelse())));
                        }
                        rest.add(new RStmt.If(inner));
                        branches.add(new RStmt.Branch(null, rest));
                        break;
                    }
                }
                branches.add(new RStmt.Branch(cond, block(cur.body())));
            }
            if (cur.orelse().size() == 1 && cur.orelse().get(0) instanceof Stmt.If next) {
                cur = next;
                continue;
            }
            if (!cur.orelse().isEmpty()) {
                branches.add(new RStmt.Branch(null, block(cur.orelse())));
            }
            break;
        }
        target.add(new RStmt.If(branches));
    }

    /** The name tested by {@code name is None} (op Is) or {@code name is not None} (op IsNot). */
    private static String noneTest(Expr test, CmpOp op) {
        if (test instanceof Expr.Compare c && c.ops().size() == 1 && c.ops().get(0) == op
                && c.left() instanceof Expr.Name n && c.comparators().get(0) instanceof Expr.Constant k
                && k.value() instanceof ConstantValue.None) {
            return n.id();
        }
        return null;
    }

    private void whileStmt(Stmt.While w) {
        String label = "'" + fresh("loop").replace("loop_", "loop");
        String elseLabel = w.orelse().isEmpty() ? null : "'" + fresh("no_break").replace("no_break_", "no_break");
        LoopCtx loop = new LoopCtx(label, elseLabel, labeledDepth + (elseLabel == null ? 0 : 1));
        if (elseLabel != null) {
            labeledDepth++;
        }
        loops.push(loop);
        List<RStmt> stmts;
        RStmt loopStmt;
        String present = noneTest(w.test(), CmpOp.IsNot);
        Local opt = present == null ? null : lookupLocal(present);
        if (opt != null && opt.type() instanceof PyType.OptionalT o) {
            scopes.push(new HashMap<>());
            Local inner = narrow(present, opt, o.inner(), w.body());
            inner.assigned();
            stmts = block(w.body());
            scopes.pop();
            loops.pop();
            RExpr value = localValue(opt);
            loopStmt = new RStmt.While(loop.labelUsed ? label : null, value,
                    () -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", stmts);
        } else if (isTrue(w.test())) {
            stmts = block(w.body());
            loops.pop();
            loopStmt = new RStmt.Loop(loop.labelUsed ? label : null, stmts);
        } else {
            List<RStmt> saved = out;
            out = new ArrayList<>();
            RExpr cond = truthy(test(w.test(), PyType.BOOL), w.test());
            List<RStmt> pre = out;
            out = saved;
            stmts = block(w.body());
            loops.pop();
            if (pre.isEmpty()) {
                loopStmt = new RStmt.While(loop.labelUsed ? label : null, cond, stmts);
            } else {
                List<RStmt> body = new ArrayList<>(pre);
                body.add(new RStmt.If(List.of(new RStmt.Branch(not(cond), List.of(new RStmt.Jump("break", null, null))))));
                body.addAll(stmts);
                loopStmt = new RStmt.Loop(loop.labelUsed ? label : null, body);
            }
        }
        finishLoop(loopStmt, elseLabel, w.orelse());
    }

    private void finishLoop(RStmt loopStmt, String elseLabel, List<Stmt> orelse) {
        if (elseLabel == null) {
            out.add(loopStmt);
            return;
        }
        List<RStmt> inner = new ArrayList<>();
        inner.add(loopStmt);
        // the else body runs inside the labelled block too: a break or continue there that
        // leaves an outer loop must name that loop (Rust rejects an unlabelled one)
        inner.addAll(block(orelse));
        labeledDepth--;
        out.add(new RStmt.Expr(new RExpr.Block(elseLabel, inner, null)));
    }

    private void forStmt(Stmt.For f) {
        RExpr dictIter = steppedIterable(f.iter());
        RExpr iter = dictIter != null ? dictIter : loopIterable(f.iter());
        PyType elem = elementType(f.iter());
        String label = "'" + fresh("loop").replace("loop_", "loop");
        String elseLabel = f.orelse().isEmpty() ? null : "'" + fresh("no_break").replace("no_break_", "no_break");
        LoopCtx loop = new LoopCtx(label, elseLabel, labeledDepth + (elseLabel == null ? 0 : 1));
        if (elseLabel != null) {
            labeledDepth++;
        }
        scopes.push(new HashMap<>());
        RStmt.Pat pattern;
        List<RStmt> prefix = new ArrayList<>();
        if (plan.loopBinds.contains(f)) {
            pattern = bindTarget(f.target(), elem);
        } else {
            Local item = tempLocal("item", elem);
            pattern = item::rust;
            Val v = new Val(new RExpr.Atom(item.rust()), elem, Kind.OWNED);
            List<RStmt> saved = out;
            out = prefix;
            assignLoopTarget(f.target(), v);
            out = saved;
        }
        loops.push(loop);
        List<RStmt> body = block(f.body());
        loops.pop();
        scopes.pop();
        List<RStmt> all = new ArrayList<>();
        if (dictIter != null) {
            // Each step of a live dict or set iteration may raise (the body changed its size).
            String step = fresh("step");
            all.add(new RStmt.LetPattern(pattern, tryOf(new RExpr.Atom(step))));
            pattern = () -> step;
        }
        all.addAll(prefix);
        all.addAll(body);
        finishLoop(new RStmt.For(loop.labelUsed ? label : null, pattern, iter, all), elseLabel, f.orelse());
    }

    /**
     * A {@code for} over a dict, its keys, values or items, or over a set, iterates the
     * container itself, as Python does, rather than a snapshot: each step may raise Python's
     * RuntimeError after a body that changed it (see the prelude's DictIter and SetIter).
     * Null when the iterable is not one of these.
     */
    private RExpr liveDictIterable(Expr iter) {
        String method = "iter_keys";
        Expr dict = iter;
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.args().isEmpty()
                && c.keywords().isEmpty() && Set.of("keys", "values", "items").contains(a.attr())) {
            method = "iter_" + a.attr();
            dict = a.value();
        }
        PyType type;
        try {
            type = exprProbe(dict).type();
        } catch (Unsupported notAValue) {
            return null; // e.g. a class's own items(): the ordinary path settles it
        }
        if (type instanceof PyType.SetT && dict == iter) {
            noteSetOrder(type);
            RExpr set = expr(dict, null).code();
            if (iter instanceof Expr.Set display && display.elts().stream().allMatch(ConstantFolding::isConstant)
                    && set instanceof RExpr.Call call) {
                // CPython's optimizer makes a loop over a display of constants loop over a
                // frozenset constant instead, whatever the number of items.
                RExpr rebuilds = new RExpr.Atom(String.valueOf(module.frozensets.rebuilds(display.elts())));
                Local constant = tempLocal("constants", type);
                constant.assigned();
                out.add(new RStmt.Let(constant, false, RExpr.call("py::Set::frozen_constant", call.args().get(0), rebuilds)));
                set = new RExpr.Atom(constant.rust());
            }
            return RExpr.method(set, "iter");
        }
        if (!(type instanceof PyType.DictT)) {
            return null;
        }
        return RExpr.method(expr(dict, null).code(), method);
    }

    /**
     * An iterable whose every step may raise, so a loop over it unwraps each step: a live
     * dict iteration, or a generator (its body runs between the steps). Null for others.
     */
    private RExpr steppedIterable(Expr iter) {
        RExpr dict = liveDictIterable(iter);
        if (dict != null) {
            return dict;
        }
        if (iter instanceof Expr.GeneratorExp g) {
            return hoisted(lazyGenerator(g, true)).code();
        }
        PyType type;
        try {
            type = exprProbe(iter).type();
        } catch (Unsupported notAValue) {
            return null;
        }
        if (type instanceof PyType.GenT) {
            return owned(expr(iter, null));
        }
        return null;
    }

    /** Declares the loop's target names in the current scope and gives the Rust pattern. */
    private static List<String> targetNamesInOrder(Expr target, List<String> into) {
        if (target instanceof Expr.Name n) {
            into.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(x -> targetNamesInOrder(x, into));
        }
        return into;
    }

    private RStmt.Pat bindTarget(Expr target, PyType elem) {
        if (target instanceof Expr.Name n) {
            Local l = declare(n.id(), elem);
            l.assigned();
            loopBound.add(l);
            return () -> (l.mutable() ? "mut " : "") + l.rust();
        }
        if (target instanceof Expr.Tuple t) {
            if (!(elem instanceof PyType.TupleT tt) || tt.elems().size() != t.elts().size()) {
                throw Unsupported.type("cannot unpack " + elem.python() + " into " + t.elts().size() + " names", target);
            }
            List<RStmt.Pat> parts = new ArrayList<>();
            List<String> later = new ArrayList<>();
            t.elts().forEach(x -> targetNamesInOrder(x, later));
            for (int i = 0; i < t.elts().size(); i++) {
                Expr part = t.elts().get(i);
                targetNamesInOrder(part, new ArrayList<>()).forEach(later::remove);
                if (part instanceof Expr.Name n && later.contains(n.id())) {
                    // `for a, _, _ in ...`: a later place binds the name again, and the last one wins.
                    parts.add(() -> "_");
                    continue;
                }
                parts.add(bindTarget(part, tt.elems().get(i)));
            }
            return () -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < parts.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(parts.get(i).render());
                }
                return sb.append(parts.size() == 1 ? ",)" : ")").toString();
            };
        }
        throw Unsupported.construct("this loop target", target);
    }

    private void assignLoopTarget(Expr target, Val v) {
        if (target instanceof Expr.Name n && globalsHere.contains(n.id())) {
            Val c = coerce(v, global(n).type(), target);
            out.add(new RStmt.Expr(global(n).store(owned(c))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local l = lookupLocal(n.id());
            if (l == null) {
                throw Unsupported.construct("loop variable '" + n.id() + "' outside its function", target);
            }
            if (l.type() == null) {
                l.type(v.type());
            }
            l.assigned();
            loopBound.add(l);
            out.add(assignLocal(l, owned(coerce(v, l.type(), target))));
            return;
        }
        if (target instanceof Expr.Tuple t && v.type() instanceof PyType.TupleT tt && tt.elems().size() == t.elts().size()) {
            for (int i = 0; i < t.elts().size(); i++) {
                Val item = new Val(new RExpr.Field(v.code(), String.valueOf(i)), tt.elems().get(i), Kind.PLACE);
                assignLoopTarget(t.elts().get(i), item);
            }
            return;
        }
        throw Unsupported.construct("this loop target", target);
    }

    /** The Rust iterable for a {@code for} loop over the expression. */
    private RExpr loopIterable(Expr iter) {
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && lookupLocal("range") == null && c.keywords().isEmpty() && (c.args().size() == 1 || c.args().size() == 2)) {
            RExpr start = c.args().size() == 1 ? new RExpr.Atom("0")
                    : coerce(expr(c.args().get(0), PyType.INT), PyType.INT, c.args().get(0)).code();
            Expr stopE = c.args().get(c.args().size() - 1);
            RExpr stop = coerce(expr(stopE, PyType.INT), PyType.INT, stopE).code();
            return new RExpr.Binary(start, "..", stop);
        }
        Val v = expr(iter, null);
        if (v.type() instanceof PyType.ListT) {
            if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1
                    && !PyType.holdsFunction(v.type())) {
                // A list display no one else can see: loop over its items directly.
                return call.args().get(0);
            }
            return RExpr.method(v.code(), "iter");
        }
        return iterVec(v, iter);
    }

    private PyType elementType(Expr iter) {
        Val v = exprProbe(iter);
        return elementOf(v.type(), iter);
    }

    /** The type of an iterable's items. */
    static PyType elementOf(PyType t, Node at) {
        PyType e = iterElement(t);
        if (e == null) {
            throw Unsupported.type("cannot iterate over " + t.python(), at);
        }
        return e;
    }

    /** The type of the items of {@code t} when the translation can iterate it, else null. */
    static PyType iterElement(PyType t) {
        if (t instanceof PyType.ListT l) {
            return l.elem();
        }
        if (t instanceof PyType.VarTupleT v) {
            return v.elem();
        }
        if (t instanceof PyType.IterT i) {
            return i.elem();
        }
        if (t instanceof PyType.GenT g) {
            return g.elem();
        }
        if (t == PyType.STR) {
            return PyType.STR;
        }
        if (t instanceof PyType.DictT d) {
            return d.key();
        }
        if (t instanceof PyType.SetT s) {
            return s.elem();
        }
        if (t instanceof PyType.TupleT tt && !tt.elems().isEmpty() && tt.elems().stream().allMatch(e -> e.equals(tt.elems().get(0)))) {
            return tt.elems().get(0);
        }
        return null;
    }

    /** The items of an iterable as a Rust {@code Vec}, in Python's iteration order. */
    private RExpr iterVec(Val v, Node at) {
        PyType t = v.type();
        if (t instanceof PyType.ListT) {
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.IterT) {
            return owned(v);
        }
        if (t instanceof PyType.VarTupleT) {
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.GenT) {
            // Runs the generator to its end: for consumers that take every item anyway.
            return tryOf(RExpr.call("py::remaining", owned(v)));
        }
        if (t == PyType.STR) {
            return RExpr.call("py::chars", strRef(v));
        }
        if (t instanceof PyType.DictT) {
            return RExpr.method(v.code(), "keys");
        }
        if (t instanceof PyType.SetT) {
            noteSetOrder(t);
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.TupleT tt) {
            elementOf(t, at);
            // A computed tuple is made once, into a temporary, and its fields are moved out of it.
            Local made = v.code() instanceof RExpr.Atom ? null : tempLocal("tuple", t);
            RExpr tuple = made == null ? v.code() : new RExpr.Atom(made.rust());
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < tt.elems().size(); i++) {
                items.add(owned(new Val(new RExpr.Field(tuple, String.valueOf(i)), tt.elems().get(i),
                        made == null ? v.kind() : Kind.OWNED)));
            }
            RExpr vec = new RExpr.Macro("vec", items, true, false);
            return made == null ? vec : new RExpr.Block(null, List.of(new RStmt.Let(made, false, owned(v))), vec);
        }
        throw Unsupported.type("cannot iterate over " + t.python(), at);
    }

    /** Like {@link #iterVec} but also allows sets, for uses whose result does not depend on order. */
    private RExpr orderFreeVec(Val v, Node at) {
        if (v.type() instanceof PyType.SetT) {
            return RExpr.method(v.code(), "items");
        }
        return iterVec(v, at);
    }

    /**
     * {@code yield value}: hands the value to the consumer and suspends the body until the
     * next {@code next()}; resuming may raise GeneratorExit (the generator is being closed).
     * {@code yield from xs} yields each of xs's items, and passes a close on to a generator.
     */
    private void yieldStmt(Expr y) {
        RExpr await;
        if (y instanceof Expr.Yield one) {
            if (one.value() == null) {
                throw Unsupported.construct("bare yield (it yields None)", y);
            }
            Val v = coerce(expr(one.value(), yieldType), yieldType, one.value());
            await = RExpr.method(new RExpr.Atom("yielder"), "give", owned(v));
        } else {
            Expr from = ((Expr.YieldFrom) y).value();
            // The body stays suspended in this statement, so its locals cannot change meanwhile.
            Val v = lazyOperand(from, true);
            PyType elem = elementOf(v.type(), from);
            if (!elem.equals(yieldType)) {
                throw Unsupported.type("yield from over " + elem.python() + " items in a generator of " + yieldType.python(), from);
            }
            RExpr items = v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1
                    ? call.args().get(0) : v.type() instanceof PyType.GenT ? null : iterVec(v, from);
            RExpr inner = items == null ? owned(v) : RExpr.call("py::Gen::over", items);
            await = RExpr.call("py::delegate", new RExpr.Unary("&", new RExpr.Atom("yielder")), inner);
        }
        out.add(new RStmt.Expr(tryOf(new RExpr.Field(await, "await"))));
    }

    private void returnStmt(Stmt.Return r) {
        if (sig == null) {
            throw Unsupported.construct("return outside a function", r);
        }
        if (yieldType != null && r.value() != null) {
            throw Unsupported.construct("return with a value in a generator (the value rides on StopIteration)", r);
        }
        RExpr value;
        if (r.value() == null) {
            if (sig.returns() != PyType.NONE) {
                throw Unsupported.type("bare return in a function returning " + sig.returns().python(), r);
            }
            value = new RExpr.Atom("()");
        } else {
            Val v = expr(r.value(), sig.returns());
            value = owned(coerce(v, sig.returns(), r.value()));
        }
        if (returnLabel != null) {
            out.add(new RStmt.Jump("break", returnLabel, RExpr.call("Ok", RExpr.call("Some", value))));
        } else {
            out.add(new RStmt.Jump("return", null, RExpr.call("Ok", value)));
        }
    }

    private RStmt raiseStmt(RExpr exc) {
        if (errorLabel != null) {
            return new RStmt.Jump("break", errorLabel, RExpr.call("Err", exc));
        }
        mayRaise = true;
        return new RStmt.Jump("return", null, RExpr.call("Err", exc));
    }

    private void raise(Stmt.Raise r) {
        if (r.cause() != null) {
            throw Unsupported.construct("raise ... from ...", r);
        }
        if (r.exc() == null) {
            if (handlerVars.isEmpty()) {
                throw Unsupported.construct("bare raise outside an except block", r);
            }
            out.add(raiseStmt(new RExpr.Atom(handlerVars.peek())));
            return;
        }
        out.add(raiseStmt(exception(r.exc())));
    }

    /** The {@code py::Exc} value for {@code raise <expr>}. */
    private RExpr exception(Expr e) {
        String name;
        List<Expr> args;
        if (e instanceof Expr.Name n) {
            name = n.id();
            args = List.of();
        } else if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && c.keywords().isEmpty()) {
            name = n.id();
            args = c.args();
        } else {
            return raisedValue(expr(e, null), e);
        }
        Local asLocal = lookupLocal(name);
        if (asLocal != null && args.isEmpty()) {
            return raisedValue(new Val(new RExpr.Atom(asLocal.rust()), asLocal.type(), Kind.PLACE), e);
        }
        if (!module.isException(name)) {
            throw Unsupported.construct("raise of '" + name + "' (not an exception class)", e);
        }
        ClassInfo k = module.classOf(name);
        if (k != null && k.objectException()) {
            Expr call = e instanceof Expr.Call ? e : new Expr.Call(e, List.of(), List.of(), e.start(), e.end());
            return raisedValue(expr(call, null), e);
        }
        return builtinException(name, args);
    }

    /** A caught exception or an exception object, raised. */
    private RExpr raisedValue(Val v, Expr at) {
        if (v.type() == PyType.EXC) {
            return owned(v);
        }
        if (v.type() instanceof PyType.ClassT ct && ct.info().exception()) {
            return RExpr.call("py::raised", owned(v));
        }
        throw Unsupported.construct("raise of this expression", at);
    }

    /** An exception of a class without a body of its own (built in, or {@code pass}). */
    RExpr builtinException(String name, List<Expr> args) {
        RExpr kind = new RExpr.Atom("\"" + name + "\"");
        if (args.size() == 1) {
            Val a = expr(args.get(0), null);
            if (name.equals("KeyError")) {
                return RExpr.call("py::exc", kind, repr(a));
            }
            if (a.type() == PyType.STR) {
                return RExpr.call("py::exc", kind, a.kind() == Kind.STRLIT ? a.code() : owned(a));
            }
        }
        Expr.Call call = new Expr.Call(new Expr.Name(name, io.portalis.accel.python.ast.ExprContext.Load, 0, 0), args, List.of(), 0, 0);
        return RExpr.call("py::exc_args", kind, new Calls(this, module, cls).exceptionArgs(call));
    }

    private void tryStmt(Stmt.Try t) {
        boolean hasFinally = !t.finalbody().isEmpty();
        String bodyLabel = "'" + fresh("try").replace("try_", "try");
        String savedError = errorLabel;
        String savedReturn = returnLabel;
        boolean returns = hasFinally && (containsReturn(t.body()) || containsReturn(t.orelse())
                || t.handlers().stream().anyMatch(h -> containsReturn(h.body())));
        if (hasFinally && (containsJump(t.body()) || containsJump(t.orelse())
                || t.handlers().stream().anyMatch(h -> containsJump(h.body())))) {
            throw Unsupported.construct("break or continue inside try ... finally", t);
        }
        PyType retType = sig == null ? PyType.NONE : sig.returns();
        String outcomeType = returns ? "py::PyResult<Option<" + retType.rust() + ">>" : "py::PyResult<()>";
        RExpr done = new RExpr.Atom(returns ? "Ok(None)" : "Ok(())");

        // The body: its exceptions leave the labelled block as Err values.
        errorLabel = bodyLabel;
        if (returns) {
            returnLabel = bodyLabel;
        }
        labeledDepth++;
        List<RStmt> body = block(t.body());
        labeledDepth--;
        errorLabel = savedError;
        returnLabel = savedReturn;
        if (!terminates(t.body())) {
            body.add(new RStmt.Tail(done));
        }
        Local outcome = tempLocal("outcome", null);
        outcome.type(new PyType.Prim("outcome", outcomeType, false));
        out.add(new RStmt.Let(outcome, true, new RExpr.Block(bodyLabel, body, null)));

        // Handlers (and the else block), run after the body.
        String handledLabel = hasFinally ? "'" + fresh("handled").replace("handled_", "handled") : null;
        if (hasFinally) {
            errorLabel = handledLabel;
            if (returns) {
                returnLabel = handledLabel;
            }
            labeledDepth++;
        }
        List<RStmt.Arm> arms = new ArrayList<>();
        List<RStmt> okBody = block(t.orelse());
        if (returns) {
            arms.add(new RStmt.Arm("Ok(Some(value))", List.of(passReturn(new RExpr.Atom("value")))));
            arms.add(new RStmt.Arm("Ok(None)", okBody));
        } else if (t.orelse().isEmpty() && terminates(t.body())) {
            // The body always leaves by a return or a raise, so the match may be the function's
            // tail, where an empty arm would have the wrong type.
            arms.add(new RStmt.Arm("Ok(())", List.of(new RStmt.Expr(
                    RExpr.call("unreachable!", new RExpr.Atom("\"the try body never completes\""))))));
        } else {
            arms.add(new RStmt.Arm("Ok(())", okBody));
        }
        String var = "error";
        String name = null;
        for (ExceptHandler h : t.handlers()) {
            if (h.name() != null) {
                name = h.name();
            }
        }
        if (name != null) {
            var = ModuleScope.ident(name);
        }
        arms.add(new RStmt.Arm("Err(" + var + ")", handlers(t.handlers(), var)));
        RStmt match = new RStmt.Match(new RExpr.Atom(outcome.rust()), arms);
        if (!hasFinally) {
            out.add(match);
            errorLabel = savedError;
            returnLabel = savedReturn;
            return;
        }
        labeledDepth--;
        errorLabel = savedError;
        returnLabel = savedReturn;
        List<RStmt> handled = new ArrayList<>();
        handled.add(match);
        handled.add(new RStmt.Tail(done));
        Local result = tempLocal("result", null);
        result.type(new PyType.Prim("outcome", outcomeType, false));
        out.add(new RStmt.Let(result, true, new RExpr.Block(handledLabel, handled, null)));
        for (RStmt s : block(t.finalbody())) {
            out.add(s);
        }
        RExpr settled = tryOf(new RExpr.Atom(result.rust()));
        if (returns) {
            List<RStmt> none = terminates(List.of(t))
                    ? List.of(new RStmt.Expr(RExpr.call("unreachable!", new RExpr.Atom("\"every branch returns\""))))
                    : List.of();
            out.add(new RStmt.Match(settled, List.of(
                    new RStmt.Arm("Some(value)", List.of(passReturn(new RExpr.Atom("value")))),
                    new RStmt.Arm("None", none))));
        } else {
            out.add(new RStmt.Expr(settled));
        }
    }

    /** Hands a return value on: out of the function, or to an enclosing try's label. */
    private RStmt passReturn(RExpr value) {
        if (returnLabel != null) {
            return new RStmt.Jump("break", returnLabel, RExpr.call("Ok", RExpr.call("Some", value)));
        }
        return new RStmt.Jump("return", null, RExpr.call("Ok", value));
    }

    private List<RStmt> handlers(List<ExceptHandler> hs, String var) {
        List<RStmt.Branch> branches = new ArrayList<>();
        boolean catchAll = false;
        for (ExceptHandler h : hs) {
            RExpr cond = null;
            if (h.type() != null) {
                List<Expr> types = h.type() instanceof Expr.Tuple tu ? tu.elts() : List.of(h.type());
                for (Expr te : types) {
                    if (!(te instanceof Expr.Name n) || !module.isException(n.id())) {
                        throw Unsupported.construct("except clause for this type", te);
                    }
                    // In a generator, GeneratorExit (not an Exception) must pass `except Exception`.
                    if ((n.id().equals("Exception") && yieldType == null) || n.id().equals("BaseException")) {
                        cond = null;
                        catchAll = true;
                        break;
                    }
                    RExpr test = RExpr.call("py::exc_matches", new RExpr.Field(new RExpr.Atom(var), "kind"),
                            new RExpr.Atom("\"" + n.id() + "\""),
                            new RExpr.Atom("user_exception_base"));
                    cond = cond == null ? test : new RExpr.Binary(cond, "||", test);
                }
            } else {
                catchAll = true;
            }
            scopes.push(new HashMap<>());
            ClassInfo object = h.type() instanceof Expr.Name n ? module.classOf(n.id()) : null;
            if (object != null && !object.objectException()) {
                object = null;
            }
            Local caught = null;
            if (h.name() != null) {
                // `except Cls as e` for a class with a body: e is the object the raise carried.
                caught = declare(h.name(), object == null ? PyType.EXC : new PyType.ClassT(object));
                caught.assigned();
                if (!ModuleScope.ident(h.name()).equals(var)) {
                    throw Unsupported.construct("except clauses binding different names", h);
                }
            }
            handlerVars.push(caught != null && object != null ? "py::raised(" + var + ".clone())" : var);
            boolean noKeyError = h.name() != null && h.type() != null
                    && (h.type() instanceof Expr.Tuple tu ? tu.elts() : List.of(h.type())).stream()
                            .noneMatch(x -> x instanceof Expr.Name n
                                    && Set.of("KeyError", "LookupError", "Exception", "BaseException").contains(n.id()));
            noKeyErrors.push(Map.entry(h.name() == null ? "" : h.name(), noKeyError));
            List<RStmt> body;
            try {
                body = block(h.body());
            } finally {
                noKeyErrors.pop();
            }
            if (caught != null && object != null) {
                body = new ArrayList<>(body);
                body.add(0, new RStmt.Let(caught, false,
                        RExpr.method(new RExpr.Atom(var), "object::<" + object.rustName() + ">")));
            }
            handlerVars.pop();
            scopes.pop();
            branches.add(new RStmt.Branch(catchAll ? null : cond, body));
            if (catchAll) {
                break;
            }
        }
        if (!catchAll) {
            branches.add(new RStmt.Branch(null, List.of(raiseStmt(new RExpr.Atom(var)))));
        }
        if (branches.size() == 1 && branches.get(0).cond() == null) {
            return branches.get(0).body();
        }
        return List.of(new RStmt.If(branches));
    }

    private static boolean containsReturn(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Return) {
                return true;
            }
            for (List<Stmt> inner : children(s)) {
                if (containsReturn(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A break or continue that would leave the try statement (not one of an inner loop). */
    private static boolean containsJump(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
                return true;
            }
            if (s instanceof Stmt.For || s instanceof Stmt.While) {
                continue;
            }
            for (List<Stmt> inner : children(s)) {
                if (containsJump(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<Stmt>> children(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        if (s instanceof Stmt.If i) {
            out.add(i.body());
            out.add(i.orelse());
        } else if (s instanceof Stmt.For f) {
            out.add(f.body());
            out.add(f.orelse());
        } else if (s instanceof Stmt.While w) {
            out.add(w.body());
            out.add(w.orelse());
        } else if (s instanceof Stmt.Try t) {
            out.add(t.body());
            out.add(t.orelse());
            out.add(t.finalbody());
            t.handlers().forEach(h -> out.add(h.body()));
        }
        return out;
    }

    // ==================================================================== values

    RExpr owned(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return RExpr.method(v.code(), "to_string");
        }
        if (v.kind() == Kind.PLACE && !v.type().copy()) {
            return RExpr.method(v.code(), "clone");
        }
        return v.code();
    }

    /** A {@code &str} of a str value. */
    RExpr strRef(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return new RExpr.Unary("&", v.code());
    }

    /** A {@code &T} of a value. */
    RExpr ref(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return new RExpr.Unary("&", RExpr.method(v.code(), "to_string"));
        }
        return new RExpr.Unary("&", v.code());
    }

    RExpr tryOf(RExpr fallible) {
        if (errorLabel == null) {
            mayRaise = true;
        }
        return new RExpr.Try(fallible, errorLabel);
    }

    /**
     * Converts an int operand to the float an operation computes with ({@code i + f},
     * {@code float(i)}, {@code i / j}): the result is a float in Python too.
     */
    Val promote(Val v, Node at) {
        if (v.type() == PyType.NUM) {
            return NumericTower.toFloat(v);
        }
        if (v.type() != PyType.INT) {
            return coerce(v, PyType.FLOAT, at);
        }
        if (v.code() instanceof RExpr.Atom a && a.text().matches("-?[0-9]+(_i64)?")) {
            return new Val(new RExpr.Atom(RustLiterals.intAsFloatLiteral(a.text())), PyType.FLOAT, Kind.OWNED);
        }
        return new Val(new RExpr.Cast(paren(v.code()), "f64"), PyType.FLOAT, Kind.OWNED);
    }

    /**
     * Converts a value to the type a context needs: T to Optional[T], a subclass to its base.
     * An int where a float is declared is refused ({@link NumericTower}): Python keeps the int,
     * which prints as one ({@code 1}, not {@code 1.0}), and a Rust {@code f64} cannot remember it.
     */
    Val coerce(Val v, PyType to, Node at) {
        PyType from = v.type();
        if (to == null || from.equals(to)) {
            return v;
        }
        if (NumericTower.coerces(from, to)) {
            return NumericTower.coerce(this, v, to, at);
        }
        if (to instanceof PyType.OptionalT o) {
            if (from == PyType.NONE) {
                return new Val(new RExpr.Atom("None"), to, Kind.OWNED);
            }
            Val inner = coerce(v, o.inner(), at);
            return new Val(RExpr.call("Some", owned(inner)), to, Kind.OWNED);
        }
        if (from instanceof PyType.ClassT a && a.info().exception() && to == PyType.EXC) {
            return new Val(RExpr.call("py::raised", owned(v)), to, Kind.OWNED);
        }
        if (from instanceof PyType.ClassT a && to instanceof PyType.ClassT b && a.info().isSubclassOf(b.info())) {
            return new Val(v.code(), to, v.kind());
        }
        if (from instanceof PyType.TupleT ft && to instanceof PyType.TupleT tt && ft.elems().size() == tt.elems().size()
                && v.code() instanceof RExpr.Tuple code) {
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < ft.elems().size(); i++) {
                Val item = new Val(code.elems().get(i), ft.elems().get(i), Kind.OWNED);
                items.add(owned(coerce(item, tt.elems().get(i), at)));
            }
            return new Val(new RExpr.Tuple(items), to, Kind.OWNED);
        }
        throw Unsupported.type("expected " + to.python() + ", found " + from.python(), at);
    }

    static RExpr paren(RExpr e) {
        if (e instanceof RExpr.Atom || e instanceof RExpr.Call || e instanceof RExpr.Method || e instanceof RExpr.Field
                || e instanceof RExpr.Paren || e instanceof RExpr.Macro || e instanceof RExpr.Tuple
                || (e instanceof RExpr.Try t && t.label() == null)) {
            return e;
        }
        return new RExpr.Paren(e);
    }

    static RExpr not(RExpr cond) {
        if (cond instanceof RExpr.Unary u && u.op().equals("!")) {
            return u.operand() instanceof RExpr.Paren p ? p.inner() : u.operand();
        }
        return new RExpr.Unary("!", paren(cond));
    }

    /** Python's truth value of a value, as a Rust bool. */
    RExpr truthy(Val v, Node at) {
        PyType t = v.type();
        if (t == PyType.BOOL) {
            return v.code();
        }
        if (t == PyType.INT) {
            return new RExpr.Binary(paren(v.code()), "!=", new RExpr.Atom("0"));
        }
        if (t == PyType.FLOAT) {
            return new RExpr.Binary(paren(v.code()), "!=", new RExpr.Atom("0.0"));
        }
        if (t == PyType.NUM) {
            return NumericTower.truthy(v);
        }
        if (t == PyType.STR) {
            return new RExpr.Unary("!", RExpr.method(v.code(), "is_empty"));
        }
        if (t instanceof PyType.ListT || t instanceof PyType.DictT || t instanceof PyType.SetT
                || t instanceof PyType.VarTupleT) {
            return new RExpr.Binary(RExpr.method(v.code(), "len"), "!=", new RExpr.Atom("0"));
        }
        if (t instanceof PyType.OptionalT o && (o.inner() instanceof PyType.ClassT c && c.info().family().stream()
                .noneMatch(k -> k.resolve("__len__") != null || k.resolve("__bool__") != null))) {
            return RExpr.method(v.code(), "is_some");
        }
        if (t instanceof PyType.OptionalT o && !(o.inner() instanceof PyType.ClassT) && !(o.inner() instanceof PyType.OptionalT)) {
            // None is false; a present value is as true as the value itself.
            Val inner = new Val(new RExpr.Atom(o.inner().copy() ? "*v" : "v"), o.inner(), Kind.PLACE);
            RExpr test = truthy(inner, at);
            return RExpr.method(RExpr.method(v.code(), "as_ref"), "is_some_and",
                    new RExpr.Atom("|v| " + RustPrinter.flat(test)));
        }
        if (t instanceof PyType.ClassT) {
            return new ObjectOperators(this).truthy(v);
        }
        throw Unsupported.construct("truth value of " + t.python(), at);
    }

    /** {@code str(v)} as a String value. */
    Val str(Val v) {
        if (v.type() == PyType.STR) {
            return v;
        }
        if (v.type() == PyType.INT) {
            return new Val(RExpr.method(v.code(), "to_string"), PyType.STR, Kind.OWNED);
        }
        requirePrintable(v.type(), true, null);
        return new Val(RExpr.method(v.code(), "str"), PyType.STR, Kind.OWNED);
    }

    RExpr repr(Val v) {
        requirePrintable(v.type(), false, null);
        if (v.kind() == Kind.STRLIT) {
            return RExpr.call("py::repr_str", v.code());
        }
        return RExpr.method(v.code(), "repr");
    }

    private void requirePrintable(PyType t, boolean asStr, Node at) {
        noteSetOrder(t);
        if (t instanceof PyType.ClassT c) {
            boolean ok = c.info().exception() || (asStr ? c.info().family().stream().allMatch(k -> k.resolve("__str__") != null
                    || k.resolve("__repr__") != null) : c.info().hierarchyHas("__repr__"));
            if (!ok) {
                throw Unsupported.construct("printing a " + c.info().name() + " without __str__ or __repr__ "
                        + "(Python shows its memory address)", at == null ? c.info().def() : at);
            }
            return;
        }
        if (t == PyType.EXC) {
            return;
        }
        if (!PyType.printable(t)) {
            throw Unsupported.construct("printing a " + t.python(), at == null ? new Stmt.Pass(0, 0) : at);
        }
    }

    // ==================================================================== expressions

    Val expr(Expr e, PyType expected) {
        List<RStmt> list = out;
        int before = out.size();
        Expr earlier = inlineList == out ? inlineBefore : null;
        Val v = unorderedExpr(e, expected);
        if (out != list) {
            return v;
        }
        if (out.size() > before && earlier != null) {
            // e needed statements before its statement, and an operand to its left stays inline:
            // the statement is translated again with its operands in temporaries.
            throw new OutOfOrder();
        }
        if (inlineBefore != null && inlineList == out && inlineSize < out.size()) {
            inlineBefore = null; // taken into the statements emitted since
        }
        // Pinning takes every operand that could notice, even one whose own parts were pinned.
        boolean sensitive = (pinning || out.size() == before) && v.type() != null && v.type() != PyType.NONE
                && orderSensitive(e);
        if (sensitive && pinning) {
            Local pinned = tempLocal("operand", v.type());
            out.add(new RStmt.Let(pinned, false, owned(v)));
            return new Val(new RExpr.Atom(pinned.rust()), v.type(), Kind.PLACE);
        }
        if (sensitive) {
            inlineBefore = e;
            inlineList = out;
            inlineSize = out.size();
        }
        return v;
    }

    /** A statement whose operands would run out of Python's order; it is translated again. */
    private static final class OutOfOrder extends RuntimeException {
        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    private Val unorderedExpr(Expr e, PyType expected) {
        if (e instanceof Expr.Constant c) {
            return constant(c, expected);
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.BinOp b) {
            Val l = expr(b.left(), expected == PyType.FLOAT || expected == PyType.NUM ? null : expected);
            Val r = expr(b.right(), l.type() instanceof PyType.ListT ? l.type()
                    : l.type() == PyType.INT && expected == PyType.INT ? PyType.INT : null);
            if (b.op() == Operator.Pow && expected == PyType.INT && l.type() == PyType.INT && r.type() == PyType.INT) {
                // Where an int is needed, int ** int stays an int (a negative exponent stops the program).
                return intOp("py::pow_int", l, r);
            }
            return binary(b.op(), l, r, b);
        }
        if (e instanceof Expr.UnaryOp u) {
            return unary(u);
        }
        if (e instanceof Expr.BoolOp b) {
            return boolOp(b);
        }
        if (e instanceof Expr.Compare c) {
            return compare(c);
        }
        if (e instanceof Expr.IfExp i) {
            return ifExp(i, expected);
        }
        if (e instanceof Expr.Call c) {
            return new Calls(this, module, cls).call(c, expected);
        }
        if (e instanceof Expr.Attribute a) {
            return attribute(a);
        }
        if (e instanceof Expr.Subscript s) {
            return subscript(s);
        }
        if (e instanceof Expr.List l) {
            return listDisplay(l, expected);
        }
        if (e instanceof Expr.Tuple t) {
            List<RExpr> items = new ArrayList<>();
            List<PyType> types = new ArrayList<>();
            List<PyType> exp = expected instanceof PyType.TupleT tt && tt.elems().size() == t.elts().size() ? tt.elems() : null;
            for (int i = 0; i < t.elts().size(); i++) {
                Val v = expr(t.elts().get(i), exp == null ? null : exp.get(i));
                if (exp != null) {
                    v = coerce(v, exp.get(i), t.elts().get(i));
                }
                items.add(owned(v));
                types.add(v.type());
            }
            if (items.isEmpty() || items.size() > 6) {
                throw Unsupported.construct("tuple of " + items.size() + " items", e);
            }
            return new Val(new RExpr.Tuple(items), new PyType.TupleT(types), Kind.OWNED);
        }
        if (e instanceof Expr.Dict d) {
            return dictDisplay(d, expected);
        }
        if (e instanceof Expr.Set s) {
            PyType elem = expected instanceof PyType.SetT st ? st.elem() : null;
            List<RExpr> items = new ArrayList<>();
            List<Val> vals = new ArrayList<>();
            for (Expr x : s.elts()) {
                Val v = expr(x, elem);
                vals.add(v);
                if (elem == null) {
                    elem = NumericTower.element(this, v.type());
                } else if (expected == null && NumericTower.join(elem, v.type()) == PyType.NUM) {
                    elem = PyType.NUM;
                }
            }
            for (int i = 0; i < vals.size(); i++) {
                items.add(owned(coerce(vals.get(i), elem, s.elts().get(i))));
            }
            PyType.requireSetElement(elem, e);
            List<Integer> order = module.frozensets.order(s);
            if (order != null) {
                // An equal constant compiled earlier is shared, and with it that display's order.
                List<RExpr> reordered = new ArrayList<>();
                for (int i : order) {
                    reordered.add(items.get(i));
                }
                items = reordered;
            }
            RExpr vec = new RExpr.Macro("vec", items, true, false);
            if (s.elts().size() > 2 && s.elts().stream().allMatch(ConstantFolding::isConstant)) {
                // CPython folds a display of three or more constants into a frozenset constant.
                RExpr rebuilds = new RExpr.Atom(String.valueOf(module.frozensets.rebuilds(s.elts())));
                return new Val(RExpr.call("py::Set::from_constants", vec, rebuilds), new PyType.SetT(elem), Kind.OWNED);
            }
            return new Val(RExpr.call("py::Set::from", vec), new PyType.SetT(elem), Kind.OWNED);
        }
        if (e instanceof Expr.ListComp c) {
            return comprehension(c.generators(), c.elt(), null, "list", c);
        }
        if (e instanceof Expr.SetComp c) {
            return comprehension(c.generators(), c.elt(), null, "set", c);
        }
        if (e instanceof Expr.GeneratorExp c) {
            if (expected instanceof PyType.GenT) {
                return hoisted(lazyGenerator(c, false));
            }
            return comprehension(c.generators(), c.elt(), null, "iter", c);
        }
        if (e instanceof Expr.DictComp c) {
            return comprehension(c.generators(), c.key(), c.value(), "dict", c);
        }
        if (e instanceof Expr.JoinedStr j) {
            return fstring(j);
        }
        if (e instanceof Expr.Lambda) {
            return new Closures(this, module).lambda((Expr.Lambda) e, expected);
        }
        if (e instanceof Expr.NamedExpr) {
            throw Unsupported.construct("assignment expression (:=)", e);
        }
        if (e instanceof Expr.Starred) {
            throw Unsupported.construct("starred expression", e);
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw Unsupported.construct(yieldType != null ? "yield used as a value (send() is not supported)"
                    : "yield outside a generator function", e);
        }
        if (e instanceof Expr.Await) {
            throw Unsupported.construct("await", e);
        }
        throw Unsupported.construct(e.getClass().getSimpleName() + " expression", e);
    }

    private Val constant(Expr.Constant c, PyType expected) {
        ConstantValue v = c.value();
        if (v instanceof ConstantValue.Int i) {
            if (i.value().bitLength() > 63) {
                throw Unsupported.construct("int literal beyond 64 bits", c);
            }
            return new Val(new RExpr.Atom(RustLiterals.intLiteral(i.value())), PyType.INT, Kind.OWNED);
        }
        if (v instanceof ConstantValue.Float f) {
            return new Val(new RExpr.Atom(RustLiterals.floatLiteral(f.value())), PyType.FLOAT, Kind.OWNED);
        }
        if (v instanceof ConstantValue.Str s) {
            return new Val(new RExpr.Atom(RustLiterals.string(s.value())), PyType.STR, Kind.STRLIT);
        }
        if (v instanceof ConstantValue.Bool b) {
            return new Val(new RExpr.Atom(b.value() ? "true" : "false"), PyType.BOOL, Kind.OWNED);
        }
        if (v instanceof ConstantValue.None) {
            if (expected instanceof PyType.OptionalT) {
                return new Val(new RExpr.Atom("None"), expected, Kind.OWNED);
            }
            return new Val(new RExpr.Atom("()"), PyType.NONE, Kind.OWNED);
        }
        throw Unsupported.construct(v.getClass().getSimpleName().toLowerCase() + " literal", c);
    }

    private Val name(Expr.Name n) {
        Local l = lookupLocal(n.id());
        if (l != null) {
            if (l.type() == null && l.isChecked()) {
                l.type(typeAhead(n.id()));
            }
            if (l.type() == null) {
                throw Unsupported.type("'" + n.id() + "' is used before its type is settled", n);
            }
            if (l.isChecked()) {
                return new Val(localValue(l), l.type(), Kind.OWNED);
            }
            return new Val(new RExpr.Atom(l.rust()), l.type(), Kind.PLACE);
        }
        ModuleScope.Global g = module.globals.get(n.id());
        if (g != null && narrowedGlobals.contains(n.id()) && g.type() instanceof PyType.OptionalT o) {
            return new Val(RExpr.call("py::present", tryOf(g.load()), new RExpr.Atom("\"" + n.id() + "\"")), o.inner(), Kind.OWNED);
        }
        if (g != null) {
            return new Val(tryOf(g.load()), g.type(), Kind.OWNED);
        }
        if (n.id().equals("self") && cls != null) {
            return new Val(new RExpr.Atom("self"), new PyType.ClassT(cls), Kind.PLACE);
        }
        ModuleScope.Constant k = module.constants.get(n.id());
        if (k != null) {
            if (k.global()) {
                return new Val(RExpr.method(new RExpr.Atom(k.rustName()), "with", new RExpr.Atom("|value| value.clone()")),
                        k.type(), Kind.OWNED);
            }
            return new Val(new RExpr.Atom(k.rustName()), k.type(), k.type() == PyType.STR ? Kind.STRLIT : Kind.OWNED);
        }
        if (module.functions.containsKey(n.id())) {
            return Closures.functionValue(module, n.id(), n);
        }
        if (module.stdlib.member(n.id()) != null) {
            StdlibImports.Member m = module.stdlib.member(n.id());
            return m.module().value(m.member(), n);
        }
        if (module.stdlib.module(n.id()) != null) {
            throw Unsupported.construct("module '" + module.stdlib.module(n.id()).name() + "' used as a value", n);
        }
        if (parent != null && n.id().equals("self")) {
            throw Unsupported.construct("self inside a lambda or nested function", n);
        }
        if (module.classes.containsKey(n.id()) || ModuleScope.BUILTIN_EXCEPTIONS.contains(n.id())) {
            throw Unsupported.construct("class '" + n.id() + "' used as a value", n);
        }
        throw Unsupported.type("unknown name '" + n.id() + "'", n);
    }

    // -------------------------------------------------------------------- operators

    Val binary(Operator op, Val l, Val r, Node at) {
        PyType lt = l.type();
        PyType rt = r.type();
        if (lt instanceof PyType.ClassT) {
            return new ObjectOperators(this).binary(op, l, r, at);
        }
        if (lt == PyType.BOOL && PyType.isNumeric(rt) && op != Operator.BitAnd && op != Operator.BitOr && op != Operator.BitXor) {
            throw Unsupported.construct("arithmetic on bool", at);
        }
        if (lt == PyType.STR && rt == PyType.STR && op == Operator.Add) {
            RExpr left = owned(l);
            if (left instanceof RExpr.Binary b && b.op().equals("+")) {
                return new Val(new RExpr.Binary(left, "+", strRef(r)), PyType.STR, Kind.OWNED);
            }
            return new Val(new RExpr.Binary(left, "+", strRef(r)), PyType.STR, Kind.OWNED);
        }
        if (lt == PyType.STR && rt == PyType.INT && op == Operator.Mult) {
            return new Val(RExpr.call("py::str_repeat", strRef(l), r.code()), PyType.STR, Kind.OWNED);
        }
        if (lt instanceof PyType.ListT && rt instanceof PyType.ListT && op == Operator.Add) {
            if (!lt.equals(rt)) {
                throw Unsupported.type("cannot add " + lt.python() + " and " + rt.python(), at);
            }
            return new Val(RExpr.method(l.code(), "concat", ref(r)), lt, Kind.OWNED);
        }
        if (lt instanceof PyType.ListT && rt == PyType.INT && op == Operator.Mult) {
            return new Val(RExpr.method(l.code(), "repeat", r.code()), lt, Kind.OWNED);
        }
        if (lt instanceof PyType.SetT && lt.equals(rt)) {
            String m = switch (op) {
                case BitOr -> "union";
                case BitAnd -> "intersection";
                case Sub -> "difference";
                case BitXor -> "symmetric_difference";
                default -> null;
            };
            if (m != null) {
                return new Val(RExpr.method(l.code(), m, ref(r)), lt, Kind.OWNED);
            }
        }
        if (lt == PyType.BOOL && rt == PyType.BOOL && (op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor)) {
            return new Val(new RExpr.Binary(paren(l.code()), op.symbol(), paren(r.code())), PyType.BOOL, Kind.OWNED);
        }
        if (NumericTower.involved(lt, rt)) {
            return NumericTower.binary(this, op, l, r, at);
        }
        if ((lt != PyType.INT && lt != PyType.FLOAT) || (rt != PyType.INT && rt != PyType.FLOAT)) {
            throw Unsupported.type("unsupported operand types for " + op.symbol() + ": " + lt.python() + " and " + rt.python(), at);
        }
        if (lt == PyType.INT && rt == PyType.INT) {
            return switch (op) {
                case Add -> intOp("py::add", l, r);
                case Sub -> intOp("py::sub", l, r);
                case Mult -> intOp("py::mul", l, r);
                case FloorDiv -> new Val(tryOf(RExpr.call("py::floordiv", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case Mod -> new Val(tryOf(RExpr.call("py::modulo", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case Div -> new Val(tryOf(RExpr.call("py::truediv", l.code(), r.code())), PyType.FLOAT, Kind.OWNED);
                case Pow -> {
                    if (r.code() instanceof RExpr.Atom a && a.text().startsWith("-")) {
                        yield new Val(tryOf(RExpr.call("py::pow_float", asFloat(l, at), asFloat(r, at))), PyType.FLOAT, Kind.OWNED);
                    }
                    if (r.code() instanceof RExpr.Atom a && a.text().matches("[0-9]+")) {
                        yield intOp("py::pow_int", l, r);
                    }
                    // An exponent that may be negative makes a float in Python.
                    yield NumericTower.intPow(this, l, r, at);
                }
                case BitAnd, BitOr, BitXor -> new Val(new RExpr.Binary(paren(l.code()), op.symbol(), paren(r.code())), PyType.INT, Kind.OWNED);
                case LShift -> new Val(tryOf(RExpr.call("py::lshift", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case RShift -> new Val(tryOf(RExpr.call("py::rshift", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case MatMult -> throw Unsupported.construct("@ operator", at);
            };
        }
        RExpr a = asFloat(l, at);
        RExpr b = asFloat(r, at);
        return switch (op) {
            case Add, Sub, Mult -> new Val(new RExpr.Binary(paren(a), op.symbol(), paren(b)), PyType.FLOAT, Kind.OWNED);
            case Div -> new Val(tryOf(RExpr.call("py::float_div", a, b)), PyType.FLOAT, Kind.OWNED);
            case FloorDiv -> new Val(tryOf(RExpr.call("py::float_floordiv", a, b)), PyType.FLOAT, Kind.OWNED);
            case Mod -> new Val(tryOf(RExpr.call("py::float_mod", a, b)), PyType.FLOAT, Kind.OWNED);
            case Pow -> new Val(tryOf(RExpr.call("py::pow_float", a, b)), PyType.FLOAT, Kind.OWNED);
            default -> throw Unsupported.type("unsupported operand types for " + op.symbol() + ": float", at);
        };
    }

    private static Val intOp(String fn, Val l, Val r) {
        return new Val(RExpr.call(fn, l.code(), r.code()), PyType.INT, Kind.OWNED);
    }

    /** An int literal of at most 2**53 in magnitude, which a float holds exactly. */
    private static boolean exactAsFloat(Val v) {
        return v.code() instanceof RExpr.Atom a && a.text().matches("-?[0-9]{1,15}")
                && Math.abs(Long.parseLong(a.text())) <= (1L << 53);
    }

    private RExpr asFloat(Val v, Node at) {
        return promote(v, at).code();
    }

    private Val unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.Not) {
            Val v = test(u.operand(), null);
            return new Val(not(truthy(v, u.operand())), PyType.BOOL, Kind.OWNED);
        }
        Val v = expr(u.operand(), null);
        if (v.type() instanceof PyType.ClassT) {
            return new ObjectOperators(this).unary(u.op(), v, u);
        }
        if (u.op() == UnaryOperator.UAdd && PyType.isNumeric(v.type()) && v.type() != PyType.BOOL) {
            return v;
        }
        if (u.op() == UnaryOperator.USub) {
            if (v.type() == PyType.INT) {
                if (v.code() instanceof RExpr.Atom a && a.text().matches("[0-9]+")) {
                    return new Val(new RExpr.Atom("-" + a.text()), PyType.INT, Kind.OWNED);
                }
                return new Val(RExpr.call("py::neg", v.code()), PyType.INT, Kind.OWNED);
            }
            if (v.type() == PyType.FLOAT) {
                return new Val(new RExpr.Unary("-", paren(v.code())), PyType.FLOAT, Kind.OWNED);
            }
            if (v.type() == PyType.NUM) {
                return NumericTower.negate(v);
            }
        }
        if (u.op() == UnaryOperator.Invert && v.type() == PyType.INT) {
            return new Val(new RExpr.Unary("!", paren(v.code())), PyType.INT, Kind.OWNED);
        }
        throw Unsupported.type("bad operand type for unary " + u.op().symbol() + ": " + v.type().python(), u);
    }

    private Val boolOp(Expr.BoolOp b) {
        String op = b.op() == io.portalis.accel.python.ast.BoolOperator.And ? "&&" : "||";
        Val first = expr(b.values().get(0), null);
        if (first.type() == PyType.BOOL) {
            RExpr acc = first.code();
            // `x is None or f(x)` and `x is not None and f(x)`: x is known present on the right.
            CmpOp guard = op.equals("||") ? CmpOp.Is : CmpOp.IsNot;
            int pushed = 0;
            try {
                pushed += guardNarrow(b.values().get(0), guard);
                for (int i = 1; i < b.values().size(); i++) {
                    Val next = conditional(b.values().get(i), null);
                    if (next.type() != PyType.BOOL) {
                        throw Unsupported.construct("'" + b.op().name().toLowerCase() + "' of bool and " + next.type().python(), b.values().get(i));
                    }
                    acc = new RExpr.Binary(acc, op, paren(next.code()));
                    pushed += guardNarrow(b.values().get(i), guard);
                }
            } finally {
                for (int i = 0; i < pushed; i++) {
                    scopes.pop();
                }
            }
            return new Val(acc, PyType.BOOL, Kind.OWNED);
        }
        // `a or b` on other types yields an operand: a value-level if; `a or b or c` is
        // `a or (b or c)`, which yields the same operand.
        if (b.values().size() > 2) {
            Expr rest = new Expr.BoolOp(b.op(), b.values().subList(1, b.values().size()),
                    b.values().get(1).start(), b.end());
            b = new Expr.BoolOp(b.op(), List.of(b.values().get(0), rest), b.start(), b.end());
        }
        Local tmp = tempLocal("value", first.type());
        out.add(new RStmt.Let(tmp, false, owned(first)));
        Val held = new Val(new RExpr.Atom(tmp.rust()), first.type(), Kind.PLACE);
        Val second = coerce(conditional(b.values().get(1), first.type()), first.type(), b.values().get(1));
        RExpr test = truthy(held, b);
        RExpr then = op.equals("||") ? owned(held) : owned(second);
        RExpr other = op.equals("||") ? owned(second) : owned(held);
        if (!pinning && orderSensitive(b.values().get(1))) {
            // The left operand ran before the statement, the right one stays inline: an operand to
            // the right that needs statements of its own must not run before it.
            inlineBefore = b;
            inlineList = out;
            inlineSize = out.size();
        }
        return new Val(new RExpr.If(test, then, other), first.type(), Kind.OWNED);
    }

    /**
     * A value used only for its truth (a test of if, while, assert, not, a conditional
     * expression or a comprehension's if): there {@code and}/{@code or} may mix operands of any
     * type, since only whether the operand they yield is true matters.
     */
    private Val test(Expr e, PyType expected) {
        if (!(e instanceof Expr.BoolOp b)) {
            return expr(e, expected);
        }
        String op = b.op() == io.portalis.accel.python.ast.BoolOperator.And ? "&&" : "||";
        CmpOp guard = op.equals("||") ? CmpOp.Is : CmpOp.IsNot;
        RExpr acc = truthy(test(b.values().get(0), null), b.values().get(0));
        int pushed = 0;
        try {
            pushed += guardNarrow(b.values().get(0), guard);
            for (int i = 1; i < b.values().size(); i++) {
                Expr operand = b.values().get(i);
                List<RStmt> saved = out;
                out = new ArrayList<>();
                RExpr next = truthy(test(operand, null), operand);
                List<RStmt> pre = out;
                out = saved;
                if (!pre.isEmpty()) {
                    next = new RExpr.Block(null, pre, next);
                }
                acc = new RExpr.Binary(acc, op, paren(next));
                pushed += guardNarrow(operand, guard);
            }
        } finally {
            for (int i = 0; i < pushed; i++) {
                scopes.pop();
            }
        }
        return new Val(acc, PyType.BOOL, Kind.OWNED);
    }

    /**
     * After a guard {@code x is None} (in an or) or {@code x is not None} (in an and), the
     * operands to its right read x as its inner value; returns the scopes pushed (0 or 1).
     */
    private int guardNarrow(Expr test, CmpOp op) {
        String name = noneTest(test, op);
        Local opt = name == null ? null : lookupLocal(name);
        if (opt == null || !(opt.type() instanceof PyType.OptionalT o)) {
            return 0;
        }
        scopes.push(new HashMap<>());
        // A checked local (one a read may find unbound) holds Some(value): the guard's test has
        // already read it, so it is bound here, and its Optional is the value inside.
        String unwrap = opt.isChecked() ? ".unwrap().unwrap()" : ".unwrap()";
        String read = o.inner().copy() ? opt.rust() + unwrap : opt.rust() + ".clone()" + unwrap;
        Local l = new Local(name, read, o.inner());
        l.narrowedFrom(opt);
        scopes.peek().put(name, l);
        return 1;
    }

    /** A value evaluated only sometimes: its statements stay inside a block of their own. */
    private Val conditional(Expr e, PyType expected) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        Val v = expr(e, expected);
        List<RStmt> pre = out;
        out = saved;
        if (pre.isEmpty()) {
            return v;
        }
        return new Val(new RExpr.Block(null, pre, owned(v)), v.type(), Kind.OWNED);
    }

    private Val ifExp(Expr.IfExp i, PyType expected) {
        RExpr test = truthy(test(i.test(), PyType.BOOL), i.test());
        int pushed = guardNarrow(i.test(), CmpOp.IsNot);
        Val a;
        try {
            a = conditional(i.body(), expected);
        } finally {
            if (pushed > 0) {
                scopes.pop();
            }
        }
        pushed = guardNarrow(i.test(), CmpOp.Is);
        Val b;
        try {
            b = conditional(i.orelse(), expected == null ? a.type() : expected);
        } finally {
            if (pushed > 0) {
                scopes.pop();
            }
        }
        PyType t = expected != null && !(expected instanceof PyType.OptionalT) ? expected : a.type();
        if (a.type() == PyType.NONE && b.type() != PyType.NONE) {
            t = new PyType.OptionalT(b.type());
        } else if (b.type() == PyType.NONE && a.type() != PyType.NONE) {
            t = new PyType.OptionalT(a.type());
        } else if (expected == null && NumericTower.join(a.type(), b.type()) == PyType.NUM) {
            t = PyType.NUM;
        } else if (expected instanceof PyType.OptionalT) {
            t = expected;
        }
        a = coerce(a, t, i.body());
        b = coerce(b, t, i.orelse());
        return new Val(new RExpr.If(test, owned(a), owned(b)), t, Kind.OWNED);
    }

    private Val compare(Expr.Compare c) {
        RExpr acc = null;
        Val left = expr(c.left(), null);
        for (int i = 0; i < c.ops().size(); i++) {
            Expr rightE = c.comparators().get(i);
            if (i > 0 && !(c.comparators().get(i - 1) instanceof Expr.Name || c.comparators().get(i - 1) instanceof Expr.Constant)) {
                throw Unsupported.construct("chained comparison with a computed middle operand", c.comparators().get(i - 1));
            }
            CmpOp op = c.ops().get(i);
            if ((op == CmpOp.In || op == CmpOp.NotIn) && rightE instanceof Expr.GeneratorExp) {
                throw Unsupported.construct("'in' on a generator expression (Python stops at the first match)", rightE);
            }
            boolean identity = op == CmpOp.Is || op == CmpOp.IsNot || op == CmpOp.In || op == CmpOp.NotIn;
            Expr leftE = i == 0 ? c.left() : c.comparators().get(i - 1);
            if ((op == CmpOp.In || op == CmpOp.NotIn) && !(left.code() instanceof RExpr.Atom)
                    && orderSensitive(leftE) && orderSensitive(rightE)) {
                // `x in c` asks the container, which Rust evaluates first: x is made before it, as in Python.
                Local item = tempLocal("item", left.type());
                out.add(new RStmt.Let(item, false, owned(left)));
                left = new Val(new RExpr.Atom(item.rust()), left.type(), Kind.OWNED);
            }
            // The left operand's type is a hint for the right one (an empty display, None), not
            // a requirement: an int compares with a float, `n == (1.5 if c else 2.5)`.
            boolean hint = !identity && left.type() != PyType.INT && left.type() != PyType.BOOL;
            Val right = expr(rightE, hint ? left.type() : null);
            RExpr one = comparison(op, left, right, c);
            acc = acc == null ? one : new RExpr.Binary(acc, "&&", one);
            left = right;
        }
        return new Val(acc, PyType.BOOL, Kind.OWNED);
    }

    /**
     * A comparison whose result the types settle: the operands still run, in order, for what
     * they do ({@code s.discard(1) is None} discards).
     */
    private static RExpr known(boolean result, Val l, Val r) {
        RExpr value = new RExpr.Atom(result ? "true" : "false");
        List<RStmt> run = new ArrayList<>();
        for (Val v : List.of(l, r)) {
            if (!(v.code() instanceof RExpr.Atom)) {
                run.add(new RStmt.LetPattern(() -> "_", v.code()));
            }
        }
        return run.isEmpty() ? value : new RExpr.Block(null, run, value);
    }

    private RExpr comparison(CmpOp op, Val l, Val r, Node at) {
        switch (op) {
            case In:
            case NotIn: {
                RExpr test = contains(r, l, at);
                return op == CmpOp.In ? test : not(test);
            }
            case Is:
            case IsNot: {
                RExpr test;
                if (r.type() == PyType.NONE) {
                    if (!(l.type() instanceof PyType.OptionalT)) {
                        test = known(l.type() == PyType.NONE, l, r);
                    } else {
                        test = RExpr.method(l.code(), "is_none");
                    }
                } else if (l.type() instanceof PyType.FuncT && r.type() instanceof PyType.FuncT) {
                    test = RExpr.call("Rc::ptr_eq", ref(l), ref(r));
                } else if ((l.type() instanceof PyType.ClassT && r.type() instanceof PyType.ClassT)
                        || (l.type().equals(r.type()) && (l.type() instanceof PyType.ListT
                        || l.type() instanceof PyType.DictT || l.type() instanceof PyType.SetT))) {
                    test = RExpr.call("Rc::ptr_eq", new RExpr.Unary("&", new RExpr.Field(l.code(), "0")),
                            new RExpr.Unary("&", new RExpr.Field(r.code(), "0")));
                } else {
                    throw Unsupported.construct("'is' between " + l.type().python() + " and " + r.type().python(), at);
                }
                return op == CmpOp.Is ? test : not(test);
            }
            default:
                break;
        }
        if (l.type() instanceof PyType.ClassT || r.type() instanceof PyType.ClassT) {
            RExpr viaMethods = new ObjectOperators(this).compare(op, l, r, at);
            if (viaMethods != null) {
                return viaMethods;
            }
        }
        String sym = op.symbol();
        PyType lt = l.type();
        PyType rt = r.type();
        if (NumericTower.involved(lt, rt)) {
            return NumericTower.compare(this, op, l, r, at);
        }
        if (PyType.isNumeric(lt) && PyType.isNumeric(rt) && lt != rt) {
            if (lt == PyType.BOOL || rt == PyType.BOOL) {
                throw Unsupported.construct("comparison of bool with a number", at);
            }
            if (!exactAsFloat(lt == PyType.INT ? l : r)) {
                // An int above 2**53 may not survive the conversion: CPython compares exactly.
                return lt == PyType.INT
                        ? new RExpr.Binary(RExpr.call("py::int_float_cmp", l.code(), r.code()), sym, new RExpr.Atom("0.0"))
                        : new RExpr.Binary(RExpr.call("py::float_int_cmp", l.code(), r.code()), sym, new RExpr.Atom("0.0"));
            }
            return new RExpr.Binary(paren(asFloat(l, at)), sym, paren(asFloat(r, at)));
        }
        if (lt instanceof PyType.OptionalT o && rt == PyType.NONE && (op == CmpOp.Eq || op == CmpOp.NotEq)) {
            RExpr test = RExpr.method(l.code(), "is_none");
            return op == CmpOp.Eq ? test : not(test);
        }
        if (lt instanceof PyType.OptionalT o && o.inner() == PyType.FLOAT && rt == PyType.INT) {
            r = promote(r, at); // compared, not stored: the int's value as a float
            rt = PyType.FLOAT;
        }
        if (lt instanceof PyType.OptionalT && !rt.equals(lt)) {
            r = coerce(r, lt, at);
            rt = lt;
        }
        if (!lt.equals(rt) && (lt instanceof PyType.VarTupleT || rt instanceof PyType.VarTupleT)) {
            throw Unsupported.construct("'" + sym + "' between " + lt.python() + " and " + rt.python(), at);
        }
        if (!lt.equals(rt)) {
            if (lt instanceof PyType.ClassT a && rt instanceof PyType.ClassT b
                    && a.info().root() == b.info().root()) {
                // Same Rust type.
            } else if ((op == CmpOp.Eq || op == CmpOp.NotEq) && NumericTower.numbersInside(lt, rt)) {
                // [1] == [1.0] is True: Python compares the numbers inside by value.
                throw Unsupported.construct("'" + sym + "' between " + lt.python() + " and " + rt.python()
                        + " (Python compares the ints and floats inside by value)", at);
            } else if (op == CmpOp.Eq || op == CmpOp.NotEq) {
                return known(op != CmpOp.Eq, l, r);
            } else {
                throw Unsupported.type("'" + sym + "' between " + lt.python() + " and " + rt.python(), at);
            }
        }
        if (op == CmpOp.Eq || op == CmpOp.NotEq) {
            if (lt instanceof PyType.FuncT) {
                // A function equals only itself.
                RExpr same = RExpr.call("Rc::ptr_eq", ref(l), ref(r));
                return op == CmpOp.Eq ? same : not(same);
            }
            if (PyType.holdsFunction(lt)) {
                throw Unsupported.construct("'" + sym + "' between values holding functions", at);
            }
            if (lt == PyType.STR) {
                return new RExpr.Binary(strOperand(l), sym, strOperand(r));
            }
            if (lt.copy()) {
                return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
            }
            return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
        }
        if (!PyType.orderable(lt)) {
            throw Unsupported.type("'" + sym + "' not supported between instances of " + lt.python(), at);
        }
        if (lt == PyType.INT || lt == PyType.FLOAT || lt == PyType.BOOL) {
            return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
        }
        if (lt == PyType.STR) {
            if (l.kind() == Kind.STRLIT || r.kind() == Kind.STRLIT) {
                return new RExpr.Binary(asStr(l), sym, asStr(r));
            }
            return new RExpr.Binary(strOperand(l), sym, strOperand(r));
        }
        return switch (op) {
            case Lt -> RExpr.call("py::lt", ref(l), ref(r));
            case LtE -> RExpr.call("py::le", ref(l), ref(r));
            case Gt -> RExpr.call("py::lt", ref(r), ref(l));
            case GtE -> RExpr.call("py::le", ref(r), ref(l));
            default -> throw Unsupported.construct("comparison " + sym, at);
        };
    }

    /** A str operand as a {@code &str}, for ordering against a literal. */
    private static RExpr asStr(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return RExpr.method(v.code(), "as_str");
    }

    /** A str operand of a comparison: a String place or a literal compare directly. */
    private RExpr strOperand(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return paren(v.code());
    }

    private RExpr contains(Val container, Val item, Node at) {
        PyType t = container.type();
        if (PyType.holdsFunction(t)) {
            throw Unsupported.construct("'in' on " + t.python(), at);
        }
        if (t instanceof PyType.ClassT) {
            RExpr viaMethod = new ObjectOperators(this).contains(container, item, at);
            if (viaMethod == null) {
                throw Unsupported.type("argument of type '" + t.python() + "' is not iterable (no __contains__)", at);
            }
            return viaMethod;
        }
        if (t instanceof PyType.VarTupleT v) {
            return RExpr.method(container.code(), "contains", ref(coerce(item, v.elem(), at)));
        }
        if (t instanceof PyType.ListT l && Dunders.hasUserEq(l.elem())) {
            return tryOf(RExpr.method(container.code(), "contains_eq", ref(coerce(item, l.elem(), at))));
        }
        if (t == PyType.STR) {
            Val i = coerce(item, PyType.STR, at);
            return RExpr.method(container.code(), "contains", strRef(i));
        }
        if (t instanceof PyType.ListT l) {
            return RExpr.method(container.code(), "contains", ref(coerce(item, l.elem(), at)));
        }
        if (t instanceof PyType.SetT s) {
            return RExpr.method(container.code(), "contains", ref(coerce(item, s.elem(), at)));
        }
        if (t instanceof PyType.DictT d) {
            return RExpr.method(container.code(), "contains", ref(coerce(item, d.key(), at)));
        }
        if (t instanceof PyType.TupleT tt && container.code() instanceof RExpr.Tuple code) {
            elementOf(t, at);
            PyType elem = tt.elems().get(0);
            Val i = coerce(item, elem, at);
            if (elem == PyType.STR) {
                List<RExpr> items = new ArrayList<>(code.elems().stream().map(FunctionTranslator::unOwned).toList());
                return RExpr.method(new RExpr.Macro("vec", items, true, false), "contains",
                        i.kind() == Kind.STRLIT ? new RExpr.Unary("&", i.code()) : new RExpr.Unary("&", RExpr.method(i.code(), "as_str")));
            }
            return RExpr.method(new RExpr.Macro("vec", code.elems(), true, false), "contains", ref(i));
        }
        if (t instanceof PyType.IterT it) {
            return RExpr.method(container.code(), "contains", ref(coerce(item, it.elem(), at)));
        }
        if (t instanceof PyType.GenT) {
            throw Unsupported.construct("'in' on a generator (it stops at the first match)", at);
        }
        throw Unsupported.type("'in' on " + t.python(), at);
    }

    /** {@code "x".to_string()} back to {@code "x"}. */
    private static RExpr unOwned(RExpr e) {
        if (e instanceof RExpr.Method m && m.name().equals("to_string") && m.args().isEmpty()
                && m.receiver() instanceof RExpr.Atom a && a.text().startsWith("\"")) {
            return a;
        }
        return RExpr.method(e, "as_str");
    }

    // -------------------------------------------------------------------- attribute and subscript

    private Val attribute(Expr.Attribute a) {
        StdlibModule stdlib = importedModule(a.value());
        if (stdlib != null) {
            return stdlib.value(a.attr(), a);
        }
        Val obj = expr(a.value(), null);
        if (obj.type() instanceof PyType.ClassT ct) {
            PyType ft = ct.info().field(a.attr());
            if (ft == null) {
                if (ct.info().resolve(a.attr()) != null) {
                    throw Unsupported.construct("method '" + a.attr() + "' used as a value", a);
                }
                throw Unsupported.type("'" + ct.info().name() + "' has no attribute '" + a.attr() + "'", a);
            }
            return new Val(RExpr.method(obj.code(), "get_" + fieldName(a.attr())), ft, Kind.OWNED);
        }
        if (obj.type() == PyType.EXC && a.attr().equals("args")) {
            return new Val(RExpr.method(obj.code(), "args"), PyType.ARGS, Kind.OWNED);
        }
        throw Unsupported.construct("attribute '" + a.attr() + "' of " + obj.type().python(), a);
    }

    /** The standard-library module an expression names ({@code math} after {@code import math}), or null. */
    StdlibModule importedModule(Expr e) {
        return e instanceof Expr.Name n && !isLocal(n.id()) ? module.stdlib.module(n.id()) : null;
    }

    private Val subscript(Expr.Subscript s) {
        Val c = expr(s.value(), null);
        if (s.slice() instanceof Expr.Slice sl) {
            RExpr lo = sliceBound(sl.lower());
            RExpr hi = sliceBound(sl.upper());
            RExpr st = sliceBound(sl.step());
            if (c.type() instanceof PyType.ListT) {
                return new Val(tryOf(RExpr.method(c.code(), "slice", lo, hi, st)), c.type(), Kind.OWNED);
            }
            if (c.type() == PyType.STR) {
                return new Val(tryOf(RExpr.call("py::str_slice", strRef(c), lo, hi, st)), PyType.STR, Kind.OWNED);
            }
            throw Unsupported.construct("slicing a " + c.type().python(), s);
        }
        if (c.type() instanceof PyType.TupleT tt) {
            if (!(s.slice() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int)
                    && !(s.slice() instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant)) {
                throw Unsupported.construct("tuple index that is not a literal", s.slice());
            }
            long idx = Long.parseLong(RustPrinter.flat(expr(s.slice(), PyType.INT).code()).replace("_i64", ""));
            if (idx < 0) {
                idx += tt.elems().size();
            }
            if (idx < 0 || idx >= tt.elems().size()) {
                throw Unsupported.type("tuple index out of range", s.slice());
            }
            return new Val(new RExpr.Field(paren(c.code()), String.valueOf(idx)), tt.elems().get((int) idx),
                    c.kind() == Kind.PLACE ? Kind.PLACE : Kind.OWNED);
        }
        PyType keyType = c.type() instanceof PyType.DictT d ? d.key()
                : c.type() instanceof PyType.ClassT ? ObjectOperators.keyType(c.type()) : PyType.INT;
        Val key = coerce(expr(s.slice(), keyType), keyType, s.slice());
        return subscriptValue(c, key, s);
    }

    private Val subscriptValue(Val c, Val key, Node at) {
        if (c.type() instanceof PyType.ListT l) {
            return new Val(tryOf(RExpr.method(c.code(), "get", key.code())), l.elem(), Kind.OWNED);
        }
        if (c.type() instanceof PyType.DictT d) {
            return new Val(tryOf(RExpr.method(c.code(), "item", ref(key))), d.value(), Kind.OWNED);
        }
        if (c.type() == PyType.STR) {
            return new Val(tryOf(RExpr.call("py::str_index", strRef(c), key.code())), PyType.STR, Kind.OWNED);
        }
        if (c.type() instanceof PyType.ClassT) {
            return new ObjectOperators(this).getItem(c, key, at);
        }
        if (c.type() instanceof PyType.VarTupleT v) {
            return new Val(tryOf(RExpr.method(c.code(), "get", key.code())), v.elem(), Kind.OWNED);
        }
        if (c.type() == PyType.ARGS) {
            // A built-in KeyError keeps its key only as the repr: its args are indexed only
            // where the handler's classes rule it out.
            if (!(at instanceof Expr.Subscript sub && sub.value() instanceof Expr.Attribute a
                    && a.value() instanceof Expr.Name n && noKeyErrors.stream()
                            .filter(b -> b.getKey().equals(n.id())).findFirst().map(Map.Entry::getValue).orElse(false))) {
                throw Unsupported.construct("indexing the args of an exception that may be a KeyError", at);
            }
            return new Val(tryOf(RExpr.method(c.code(), "get", key.code())), PyType.ARG, Kind.OWNED);
        }
        throw Unsupported.construct("indexing a " + c.type().python(), at);
    }

    private RExpr sliceBound(Expr e) {
        if (e == null) {
            return new RExpr.Atom("None");
        }
        Val v = coerce(expr(e, PyType.INT), PyType.INT, e);
        return RExpr.call("Some", v.code());
    }

    // -------------------------------------------------------------------- displays

    private Val listDisplay(Expr.List l, PyType expected) {
        PyType elem = expected instanceof PyType.ListT lt ? lt.elem() : null;
        List<RExpr> items = new ArrayList<>();
        List<Val> vals = new ArrayList<>();
        for (Expr x : l.elts()) {
            Val v = expr(x, elem);
            refuseKeepingClosable(x, v.type(), "kept in a list");
            vals.add(v);
            if (elem == null) {
                elem = settleElement(v.type(), x);
            } else if (expected == null && NumericTower.join(elem, v.type()) == PyType.NUM) {
                elem = PyType.NUM;
            }
        }
        for (int i = 0; i < vals.size(); i++) {
            items.add(owned(coerce(vals.get(i), elem, l.elts().get(i))));
        }
        if (elem == null) {
            throw Unsupported.type("cannot settle the element type of an empty list; annotate it", l);
        }
        PyType t = new PyType.ListT(elem);
        if (items.isEmpty()) {
            return new Val(RExpr.call("py::List::new"), t, Kind.OWNED);
        }
        return new Val(RExpr.call("py::List::from", new RExpr.Macro("vec", items, true, false)), t, Kind.OWNED);
    }

    private PyType settleElement(PyType t, Node at) {
        if (t == PyType.NONE) {
            throw Unsupported.type("cannot settle an element type from None; annotate the variable", at);
        }
        return NumericTower.element(this, t);
    }

    private Val dictDisplay(Expr.Dict d, PyType expected) {
        PyType kt = expected instanceof PyType.DictT dt ? dt.key() : null;
        PyType vt = expected instanceof PyType.DictT dt2 ? dt2.value() : null;
        List<RExpr> pairs = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            Expr ke = d.keys().get(i);
            if (ke == null) {
                throw Unsupported.construct("dict unpacking (**)", d.values().get(i));
            }
            Val k = expr(ke, kt);
            if (kt == null) {
                kt = k.type();
            }
            Val v = expr(d.values().get(i), vt);
            if (vt == null) {
                vt = settleElement(v.type(), d.values().get(i));
            }
            pairs.add(new RExpr.Tuple(List.of(owned(coerce(k, kt, ke)), owned(coerce(v, vt, d.values().get(i))))));
        }
        if (kt == null) {
            throw Unsupported.type("cannot settle the types of an empty dict; annotate it", d);
        }
        if (!PyType.hashable(kt)) {
            throw Unsupported.construct("dict keyed by " + kt.python(), d);
        }
        PyType t = new PyType.DictT(kt, vt);
        if (pairs.isEmpty()) {
            return new Val(RExpr.call("py::Dict::new"), t, Kind.OWNED);
        }
        // Built as CPython compiles a display (presized, in runs), so its later growth matches.
        return new Val(RExpr.call("py::Dict::display", new RExpr.Macro("vec", pairs, true, false)), t, Kind.OWNED);
    }

    /** A value for a consumer that takes items one at a time: a generator expression runs lazily. */
    Val lazyOperand(Expr e, boolean consumedHere) {
        if (e instanceof Expr.GeneratorExp g) {
            return hoisted(lazyGenerator(g, consumedHere));
        }
        return expr(e, null);
    }

    /** A lazy generator made by a statement of its own, before the one that uses it. */
    private Val hoisted(Val generator) {
        Local l = tempLocal("generator", generator.type());
        out.add(new RStmt.Let(l, false, generator.code()));
        return new Val(new RExpr.Atom(l.rust()), generator.type(), Kind.OWNED);
    }

    /**
     * A generator expression that runs lazily, as Python's does: a {@code py::Gen} over an async
     * block. The outermost iterable is evaluated now, as in Python; the element and the
     * conditions at each step. The block holds copies of the locals it reads, so those must not
     * change later (checked at the end of the function), nor, unless the generator is consumed
     * by the statement that makes it ({@code consumedHere}), be loop variables.
     */
    private Val lazyGenerator(Expr.GeneratorExp g, boolean consumedHere) {
        Comprehension first = g.generators().get(0);
        if (first.is_async() != 0) {
            throw Unsupported.construct("async comprehension", first);
        }
        Val source = expr(first.iter(), null);
        PyType firstElem = elementOf(source.type(), first.iter());
        boolean stepped = source.type() instanceof PyType.GenT;
        RExpr items;
        if (stepped) {
            items = owned(source);
        } else if (source.type() instanceof PyType.ListT) {
            items = RExpr.method(source.code(), "iter"); // live, as Python's list iterator
        } else if (source.type() instanceof PyType.DictT) {
            throw Unsupported.construct("lazy generator expression over a dict", first.iter());
        } else {
            items = iterVec(source, first.iter());
        }
        List<RStmt> setup = new ArrayList<>();
        Local itemsLocal = tempLocal("items", null);
        itemsLocal.type(new PyType.Prim("items", "_", false));
        setup.add(new RStmt.Let(itemsLocal, false, items));
        // The locals the block reads, copied in (handles share their object, as in Python).
        Set<String> reads = new java.util.TreeSet<>(DeclarationPlanner.reads(g.elt()));
        Set<String> own = new HashSet<>();
        for (int i = 0; i < g.generators().size(); i++) {
            Comprehension c = g.generators().get(i);
            if (i > 0) {
                reads.addAll(DeclarationPlanner.reads(c.iter()));
            }
            c.ifs().forEach(x -> reads.addAll(DeclarationPlanner.reads(x)));
            DeclarationPlanner.targetNames(c.target(), own);
        }
        reads.removeAll(own);
        if (reads.contains("self") && cls != null) {
            throw Unsupported.construct("lazy generator expression reading self", g);
        }
        for (String name : reads) {
            Local l = lookupLocal(name);
            if (l == null) {
                continue;
            }
            if (!l.rust().matches("(r#)?[A-Za-z_][A-Za-z0-9_]*")) {
                throw Unsupported.construct("lazy generator expression reading the narrowed Optional '" + name + "'", g);
            }
            if (!consumedHere && loopBound.contains(l)) {
                throw Unsupported.construct("generator expression kept beyond its statement reading the loop variable '"
                        + name + "' (Python reads its latest value at each step)", g);
            }
            lazyReads.putIfAbsent(l, g);
            if (!l.type().copy()) {
                Local copy = new Local(name, l.rust(), l.type());
                copy.assigned();
                setup.add(new RStmt.Let(copy, false, RExpr.method(new RExpr.Atom(l.rust()), "clone")));
            }
        }
        // The block: the loops of the expression, yielding at the innermost.
        List<RStmt> savedOut = out;
        String savedError = errorLabel;
        String savedReturn = returnLabel;
        int savedDepth = labeledDepth;
        Deque<LoopCtx> savedLoops = new ArrayDeque<>(loops);
        out = new ArrayList<>();
        errorLabel = null;
        returnLabel = null;
        labeledDepth = 0;
        loops.clear();
        PyType[] itemType = new PyType[1];
        RStmt loop;
        scopes.push(new HashMap<>());
        try {
            RStmt.Pat pattern = bindTarget(first.target(), firstElem);
            List<RStmt> body = new ArrayList<>();
            if (stepped) {
                String step = fresh("step");
                body.add(new RStmt.LetPattern(pattern, tryOf(new RExpr.Atom(step))));
                pattern = () -> step;
            }
            body.addAll(compLoopWithIfs(first.ifs(), 0, g.generators(), 0, () -> {
                Val v = expr(g.elt(), null);
                itemType[0] = settleElement(v.type(), g.elt());
                RExpr give = RExpr.method(new RExpr.Atom("yielder"), "give", owned(coerce(v, itemType[0], g.elt())));
                out.add(new RStmt.Expr(tryOf(new RExpr.Field(give, "await"))));
            }));
            loop = new RStmt.For(null, pattern, new RExpr.Atom(itemsLocal.rust()), body);
        } finally {
            scopes.pop();
            out = savedOut;
            errorLabel = savedError;
            returnLabel = savedReturn;
            labeledDepth = savedDepth;
            loops.addAll(savedLoops);
        }
        Local yielder = new Local("", "yielder", null);
        yielder.assigned();
        Local body = tempLocal("body", null);
        RExpr async = new RExpr.Block("async move", List.of(loop), new RExpr.Atom("Ok(())"));
        RExpr bodyBlock = new RExpr.Block(null, List.of(
                new RStmt.Let(yielder, false, RExpr.method(new RExpr.Atom("yielder"), "clone"))), async);
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(yielder, false, RExpr.call("py::Yielder::new")));
        stmts.addAll(setup);
        stmts.add(new RStmt.Let(body, false, bodyBlock));
        RExpr gen = RExpr.call("py::Gen::new", new RExpr.Atom("\"<genexpr>\""), new RExpr.Atom("yielder"),
                new RExpr.Atom(body.rust()));
        return new Val(new RExpr.Block(null, stmts, gen), new PyType.GenT(itemType[0]), Kind.OWNED);
    }

    /**
     * A comprehension becomes a loop that fills a Vec, emitted before the statement that uses it;
     * the value is that Vec (a generator), or a list, set or dict made from it.
     */
    private Val comprehension(List<Comprehension> gens, Expr elt, Expr value, String kind, Node at) {
        Local acc = tempLocal(kind.equals("dict") ? "pairs" : "items", null);
        acc.assigned();
        acc.type(new PyType.Prim("vec", "Vec", false));
        out.add(new RStmt.Let(acc, false, RExpr.call("Vec::new")));
        List<RStmt> saved = out;
        scopes.push(new HashMap<>());
        PyType[] result = new PyType[2];
        List<RStmt> loop = compLoop(gens, 0, () -> {
            Val k = expr(elt, null);
            result[0] = settleElement(k.type(), elt);
            RExpr pushed;
            if (value != null) {
                Val v = expr(value, null);
                result[1] = settleElement(v.type(), value);
                pushed = new RExpr.Tuple(List.of(owned(coerce(k, result[0], elt)), owned(coerce(v, result[1], value))));
            } else {
                pushed = owned(coerce(k, result[0], elt));
            }
            out.add(new RStmt.Expr(RExpr.method(new RExpr.Atom(acc.rust()), "push", pushed)));
        }, null);
        scopes.pop();
        out = saved;
        out.addAll(loop);
        RExpr vec = new RExpr.Atom(acc.rust());
        return switch (kind) {
            case "list" -> new Val(RExpr.call("py::List::from", vec), new PyType.ListT(result[0]), Kind.OWNED);
            case "set" -> {
                PyType.requireSetElement(result[0], at);
                yield new Val(RExpr.call("py::Set::from", vec), new PyType.SetT(result[0]), Kind.OWNED);
            }
            case "dict" -> {
                if (!PyType.hashable(result[0])) {
                    throw Unsupported.construct("dict keyed by " + result[0].python(), at);
                }
                yield new Val(RExpr.call("py::Dict::from", vec), new PyType.DictT(result[0], result[1]), Kind.OWNED);
            }
            default -> new Val(vec, new PyType.IterT(result[0]), Kind.OWNED);
        };
    }

    private List<RStmt> compLoop(List<Comprehension> gens, int index, Runnable innermost, String label) {
        List<RStmt> saved = out;
        out = new ArrayList<>();
        try {
            if (index == gens.size()) {
                innermost.run();
                return out;
            }
            Comprehension g = gens.get(index);
            if (g.is_async() != 0) {
                throw Unsupported.construct("async comprehension", g);
            }
            RExpr dictIter = steppedIterable(g.iter());
            RExpr iter = dictIter != null ? dictIter : loopIterable(g.iter());
            PyType elem = elementType(g.iter());
            scopes.push(new HashMap<>());
            RStmt.Pat pattern = bindTarget(g.target(), elem);
            List<RStmt> body = new ArrayList<>();
            if (dictIter != null) {
                String step = fresh("step");
                body.add(new RStmt.LetPattern(pattern, tryOf(new RExpr.Atom(step))));
                pattern = () -> step;
            }
            List<RStmt> inner = compLoopWithIfs(g.ifs(), 0, gens, index, innermost);
            body.addAll(inner);
            scopes.pop();
            out.add(new RStmt.For(index == 0 ? label : null, pattern, iter, body));
            return out;
        } finally {
            out = saved;
        }
    }

    private List<RStmt> compLoopWithIfs(List<Expr> ifs, int i, List<Comprehension> gens, int index, Runnable innermost) {
        if (i == ifs.size()) {
            return compLoop(gens, index + 1, innermost, null);
        }
        List<RStmt> saved = out;
        out = new ArrayList<>();
        try {
            RExpr cond = truthy(test(ifs.get(i), PyType.BOOL), ifs.get(i));
            List<RStmt> body = compLoopWithIfs(ifs, i + 1, gens, index, innermost);
            out.add(new RStmt.If(List.of(new RStmt.Branch(cond, body))));
            return out;
        } finally {
            out = saved;
        }
    }

    // -------------------------------------------------------------------- f-strings

    private Val fstring(Expr.JoinedStr j) {
        StringBuilder fmt = new StringBuilder();
        List<RExpr> args = new ArrayList<>();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                fmt.append(RustLiterals.formatText(s.value()));
            } else if (part instanceof Expr.FormattedValue fv) {
                fmt.append("{}");
                args.add(formatted(fv));
            } else {
                throw Unsupported.construct("this f-string part", part);
            }
        }
        if (args.isEmpty()) {
            return new Val(new RExpr.Atom("\"" + fmt.toString().replace("{{", "{").replace("}}", "}") + "\""), PyType.STR, Kind.STRLIT);
        }
        List<RExpr> all = new ArrayList<>();
        all.add(new RExpr.Atom("\"" + fmt + "\""));
        all.addAll(args);
        return new Val(new RExpr.Macro("format", all, false, true), PyType.STR, Kind.OWNED);
    }

    /** One {@code {value!conv:spec}} of an f-string, as a Display argument. */
    RExpr formatted(Expr.FormattedValue fv) {
        Val v = expr(fv.value(), null);
        String spec = null;
        if (fv.format_spec() != null) {
            if (!(fv.format_spec() instanceof Expr.JoinedStr js)) {
                throw Unsupported.construct("this format spec", fv.format_spec());
            }
            StringBuilder sb = new StringBuilder();
            for (Expr p : js.values()) {
                if (p instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                    sb.append(s.value());
                } else {
                    throw Unsupported.construct("nested replacement field in a format spec", p);
                }
            }
            spec = sb.toString();
        }
        int conv = fv.conversion();
        if (conv == 'a') {
            throw Unsupported.construct("!a conversion", fv);
        }
        if (conv == 'r') {
            RExpr r = repr(v);
            if (spec == null || spec.isEmpty()) {
                return r;
            }
            return tryOf(RExpr.call("py::format_str", new RExpr.Unary("&", r), new RExpr.Atom(RustLiterals.string(spec))));
        }
        if (conv == 's') {
            Val s = str(v);
            if (spec == null || spec.isEmpty()) {
                return displayArg(s);
            }
            return tryOf(RExpr.call("py::format_str", strRef(s), new RExpr.Atom(RustLiterals.string(spec))));
        }
        if (spec == null || spec.isEmpty()) {
            return displayArg(v);
        }
        PyType t = v.type();
        if (t == PyType.INT || t == PyType.FLOAT || t == PyType.STR || t == PyType.BOOL || t == PyType.NUM) {
            return tryOf(RExpr.method(v.kind() == Kind.STRLIT ? RExpr.method(v.code(), "to_string") : v.code(),
                    "format", new RExpr.Atom(RustLiterals.string(spec))));
        }
        throw Unsupported.construct("format spec on a " + t.python(), fv);
    }

    /** An argument for a {@code {}} of format!/println! that shows Python's str() of the value. */
    RExpr displayArg(Val v) {
        if (v.type() == PyType.STR || v.type() == PyType.INT) {
            return v.code();
        }
        return str(v).code();
    }
}
