package io.portalis.accel.rust;

import static io.portalis.accel.rust.AssignmentLowering.settle;
import static io.portalis.accel.rust.ExceptionLowering.children;
import static io.portalis.accel.rust.StatementLowering.terminates;

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
 *
 * <p>This class holds the function's state (scopes, locals, loops, labels, the statements being
 * emitted, counters) and is the entry point; the lowering itself lives in the classes named for
 * what they lower ({@link StatementLowering}, {@link AssignmentLowering}, {@link LoopLowering},
 * {@link ExceptionLowering}, {@link ExpressionLowering}, {@link OperatorLowering},
 * {@link ComprehensionLowering}, {@link ValueConversions}, and {@link Calls} for calls), each
 * holding this translator as {@code ft}.
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
    static final class LoopCtx {
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

    final ModuleScope module;
    final FunctionSig sig;
    final ClassInfo cls;
    final boolean discovery;
    final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    final Deque<LoopCtx> loops = new ArrayDeque<>();
    final Deque<String> handlerVars = new ArrayDeque<>();
    /** Names bound by the enclosing except clauses whose classes cannot be a built-in KeyError. */
    final Deque<Map.Entry<String, Boolean>> noKeyErrors = new ArrayDeque<>();
    final List<Local> allLocals = new ArrayList<>();
    /** Names that refer to module-level Globals here (declared {@code global}, or all in the module's code). */
    final Set<String> globalsHere = new HashSet<>();
    /** Locals that some read may find unbound (see {@link DefiniteAssignment}): {@code Option}s in Rust. */
    final Set<String> checkedNames = new HashSet<>();
    List<Stmt> functionBody = List.of();
    /** Optional module variables that an enclosing {@code if name is not None:} tested. */
    final Deque<String> narrowedGlobals = new ArrayDeque<>();
    DeclarationPlanner.Plan plan;
    List<RStmt> out = new ArrayList<>();
    /** The last operand translated into {@code inlineList} whose inline code must not move later. */
    Expr inlineBefore;
    List<RStmt> inlineList;
    int inlineSize;
    /** Set while a statement is translated again with its operands in temporaries. */
    boolean pinning;
    String errorLabel;
    String returnLabel;
    int labeledDepth;
    int counter;
    boolean addedField;
    /** For a lambda or nested function: the translator of the function it is made in. */
    FunctionTranslator parent;
    Node closureAt;
    String ownName;
    /** Set for a nested function bound once to its name, which may then call itself ({@link RecursiveClosure}). */
    RecursiveClosure recursion;
    List<Stmt> bodyStmts = List.of();
    Set<String> paramNames = Set.of();
    final List<Local> captures = new ArrayList<>();
    final Set<Expr> consumedAtOnce = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The statement being translated, for diagnostics that point at it. */
    Stmt statement;
    /** The item type of the generator whose body this is; null outside generator bodies. */
    PyType yieldType;
    /** Locals bound by a loop (or comprehension): a new value each round. */
    final Set<Local> loopBound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Locals that lazy generator expressions read, each with the expression: checked at the end. */
    final Map<Local, Node> lazyReads = new java.util.IdentityHashMap<>();
    /** Variables that hold a generator whose closing can be seen, each with its first assignment. */
    final Map<Local, Node> closableVars = new java.util.LinkedHashMap<>();
    /** Whether an exception may leave the function (a {@code ?} or a raise outside any try). */
    boolean mayRaise;
    /** Set while the body is translated on trial to settle its return type (ImplicitReturns). */
    ImplicitReturns.Trial returnTrial;

    // The lowerings of this function, each sharing this translator's state.
    final StatementLowering statementLowering = new StatementLowering(this);
    final AssignmentLowering assignmentLowering = new AssignmentLowering(this);
    final LoopLowering loopLowering = new LoopLowering(this);
    final ExceptionLowering exceptionLowering = new ExceptionLowering(this);
    final WithStatements withStatements = new WithStatements(this);
    final ValueConversions valueConversions = new ValueConversions(this);
    final ExpressionLowering expressionLowering = new ExpressionLowering(this);
    final OperatorLowering operatorLowering = new OperatorLowering(this);
    final ComprehensionLowering comprehensionLowering = new ComprehensionLowering(this);

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
            // A try ... finally that always raises still ends in Rust with the finally's re-raise
            // (`result?;`), which is not a tail: the function needs its Ok(()) after it.
            if (!terminates(body) || body.get(body.size() - 1) instanceof Stmt.Try t && !t.finalbody().isEmpty()
                    || body.get(body.size() - 1) instanceof Stmt.With w && WithStatements.closesFile(w)) {
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

    List<RStmt> block(List<Stmt> body) {
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
        if (t == PyType.BIG) {
            return "int::Int::Small(0)";
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
        if (t instanceof PyType.DictT d) {
            return d.plain() ? "py::Dict::new()" : t.rust().replaceFirst("<.*", "") + "::placeholder()";
        }
        if (t instanceof PyType.SetT) {
            return "py::Set::new()";
        }
        if (ReModule.isRe(t)) {
            return ReModule.placeholder((PyType.LibT) t);
        }
        if (IoModule.isFile(t) || PathlibModule.isPath(t)) {
            return t.rust() + "::placeholder()";
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
    Local narrow(String python, Local optional, PyType inner, List<Stmt> scopeBody) {
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
    void unnarrow(Local narrowed) {
        for (Map<String, Local> scope : scopes) {
            if (scope.get(narrowed.python()) == narrowed) {
                scope.remove(narrowed.python());
            }
        }
    }

    Local declare(String python, PyType type) {
        Local l = new Local(python, ModuleScope.ident(python), type);
        scopes.peek().put(python, l);
        allLocals.add(l);
        return l;
    }

    Local lookupLocal(String name) {
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
        if (name.equals(ownName) && recursion != null) {
            return recursion.itself();
        }
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
        ret[0] = expectedRet != null ? expectedRet : settle(this, v.type(), l.body());
        v = coerce(v, ret[0], l.body()); // a settled type may be wider (an i64 int as an int::Int)
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

    String fresh(String base) {
        counter++;
        return base + "_" + counter;
    }

    /** A statement whose operands would run out of Python's order; it is translated again. */
    static final class OutOfOrder extends RuntimeException {
        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    // Entry points into the lowerings for the code in this file and the other classes of the package.

    void stmt(Stmt s) {
        statementLowering.stmt(s);
    }

    void noteSetOrder(PyType t) {
        statementLowering.noteSetOrder(t);
    }

    PyType probeType(Expr e) {
        return assignmentLowering.probeType(e);
    }

    static String fieldName(String attr) {
        return AssignmentLowering.fieldName(attr);
    }

    Local tempLocal(String base, PyType type) {
        return assignmentLowering.tempLocal(base, type);
    }

    static PyType elementOf(PyType t, Node at) {
        return LoopLowering.elementOf(t, at);
    }

    static PyType iterElement(PyType t) {
        return LoopLowering.iterElement(t);
    }

    RExpr iterVec(Val v, Node at) {
        return loopLowering.iterVec(v, at);
    }

    RExpr builtinException(String name, List<Expr> args) {
        return exceptionLowering.builtinException(name, args);
    }

    RExpr owned(Val v) {
        return valueConversions.owned(v);
    }

    RExpr strRef(Val v) {
        return valueConversions.strRef(v);
    }

    RExpr ref(Val v) {
        return valueConversions.ref(v);
    }

    RExpr tryOf(RExpr fallible) {
        return valueConversions.tryOf(fallible);
    }

    Val promote(Val v, Node at) {
        return valueConversions.promote(v, at);
    }

    Val coerce(Val v, PyType to, Node at) {
        return valueConversions.coerce(v, to, at);
    }

    /** A value where an index-sized int is needed: an arbitrary-precision int converts, or raises OverflowError. */
    Val index(Val v, Node at) {
        return v.type() == PyType.BIG ? BigInts.toIndex(this, v) : valueConversions.coerce(v, PyType.INT, at);
    }

    static RExpr paren(RExpr e) {
        return ValueConversions.paren(e);
    }

    static RExpr not(RExpr cond) {
        return ValueConversions.not(cond);
    }

    RExpr truthy(Val v, Node at) {
        return valueConversions.truthy(v, at);
    }

    Val str(Val v) {
        return valueConversions.str(v);
    }

    RExpr repr(Val v) {
        return valueConversions.repr(v);
    }

    Val expr(Expr e, PyType expected) {
        return expressionLowering.expr(e, expected);
    }

    Val binary(Operator op, Val l, Val r, Node at) {
        return operatorLowering.binary(op, l, r, at);
    }

    StdlibModule importedModule(Expr e) {
        return expressionLowering.importedModule(e);
    }

    Val lazyOperand(Expr e, boolean consumedHere) {
        return comprehensionLowering.lazyOperand(e, consumedHere);
    }

    List<RStmt> compLoop(List<Comprehension> gens, int index, Runnable innermost, String label) {
        return comprehensionLowering.compLoop(gens, index, innermost, label);
    }

    RExpr displayArg(Val v) {
        return expressionLowering.displayArg(v);
    }
}
