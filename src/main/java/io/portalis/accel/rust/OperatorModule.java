package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code operator} module (CPython 3.11). Each function is the operator it names, so a
 * call is translated as the expression Python's own operator would be ({@code operator.mul(a, b)}
 * is {@code a * b}, {@code operator.contains(a, b)} is {@code b in a}), with the same types, values
 * and errors. Passed where a function is expected ({@code reduce(operator.mul, xs, 1)}), the
 * caller wraps the name in a lambda that calls it. {@code itemgetter(...)} and
 * {@code attrgetter(...)} of constants become the lambda they behave as ({@code lambda x: x[1]}),
 * where a function is expected: a {@code key=}, a function argument, or a {@code Callable} slot.
 * In-place operators, {@code setitem}/{@code delitem}, {@code methodcaller}, {@code call},
 * {@code index}, {@code is_}/{@code is_not}, {@code concat}, {@code countOf}/{@code indexOf},
 * {@code length_hint} and the dunder aliases are refused by name.
 */
final class OperatorModule implements StdlibModule {

    private static final Map<String, Operator> BINARY = Map.ofEntries(
            Map.entry("add", Operator.Add), Map.entry("sub", Operator.Sub), Map.entry("mul", Operator.Mult),
            Map.entry("truediv", Operator.Div), Map.entry("floordiv", Operator.FloorDiv), Map.entry("mod", Operator.Mod),
            Map.entry("pow", Operator.Pow), Map.entry("lshift", Operator.LShift), Map.entry("rshift", Operator.RShift),
            Map.entry("and_", Operator.BitAnd), Map.entry("or_", Operator.BitOr), Map.entry("xor", Operator.BitXor));

    private static final Map<String, CmpOp> COMPARISONS = Map.of(
            "lt", CmpOp.Lt, "le", CmpOp.LtE, "eq", CmpOp.Eq, "ne", CmpOp.NotEq, "ge", CmpOp.GtE, "gt", CmpOp.Gt);

    private static final Map<String, UnaryOperator> UNARY = Map.of(
            "neg", UnaryOperator.USub, "pos", UnaryOperator.UAdd, "invert", UnaryOperator.Invert,
            "inv", UnaryOperator.Invert, "not_", UnaryOperator.Not);

    /** The rest of CPython 3.11's operator module: importable, refused when used. */
    private static final Set<String> REFUSED = Set.of(
            "matmul", "concat", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "ior",
            "ipow", "irshift", "isub", "itruediv", "ixor", "setitem", "delitem", "methodcaller", "call", "index",
            "is_", "is_not", "countOf", "indexOf", "length_hint");

    @Override
    public String name() {
        return "operator";
    }

    /** operator has no runtime of its own: every function is an expression of the prelude's. */
    @Override
    public String runtime() {
        return null;
    }

    @Override
    public boolean has(String member) {
        return BINARY.containsKey(member) || COMPARISONS.containsKey(member) || UNARY.containsKey(member)
                || REFUSED.contains(member) || member.equals("truth") || member.equals("abs")
                || member.equals("contains") || member.equals("getitem") || getter(member)
                || (member.startsWith("__") && member.endsWith("__") && has(member.substring(2, member.length() - 2)));
    }

    private static boolean getter(String member) {
        return member.equals("itemgetter") || member.equals("attrgetter");
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (!has(member)) {
            throw noAttribute(member, at);
        }
        throw Unsupported.construct("operator." + member + " used as a value other than a function argument", at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return call(ft, member, c, null);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        if (!has(member)) {
            throw noAttribute(member, c.func());
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of operator." + member + "()", c);
        }
        if (getter(member)) {
            if (!(expected instanceof PyType.FuncT f) || f.params().size() != 1) {
                throw Unsupported.construct("operator." + member + "() where no function of one argument is expected"
                        + " (use it as key= or annotate it as Callable[[T], R])", c);
            }
            return ft.expr(getterLambda(member, c), expected);
        }
        if (REFUSED.contains(member) || member.startsWith("__")) {
            throw Unsupported.construct("operator." + member, c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type(member + "() takes no keyword arguments", c.keywords().get(0));
        }
        int n = c.args().size();
        List<Expr> a = c.args();
        int s = c.start();
        int e = c.end();
        if (BINARY.containsKey(member) || COMPARISONS.containsKey(member) || member.equals("contains")
                || member.equals("getitem")) {
            arity(member, 2, n, c);
            Expr rewritten;
            if (BINARY.containsKey(member)) {
                rewritten = new Expr.BinOp(a.get(0), BINARY.get(member), a.get(1), s, e);
            } else if (COMPARISONS.containsKey(member)) {
                rewritten = new Expr.Compare(a.get(0), List.of(COMPARISONS.get(member)), List.of(a.get(1)), s, e);
            } else if (member.equals("contains")) {
                // contains(a, b) is "b in a", but Python evaluates a before b.
                if (!constant(a.get(1)) && !(simple(a.get(0)) && simple(a.get(1)))) {
                    throw Unsupported.construct("operator.contains() of arguments whose order of evaluation could show", c);
                }
                rewritten = new Expr.Compare(a.get(1), List.of(CmpOp.In), List.of(a.get(0)), s, e);
            } else {
                rewritten = new Expr.Subscript(a.get(0), a.get(1), ExprContext.Load, s, e);
            }
            return ft.expr(rewritten, null);
        }
        arity(member, 1, n, c);
        if (UNARY.containsKey(member)) {
            return ft.expr(new Expr.UnaryOp(UNARY.get(member), a.get(0), s, e), null);
        }
        String builtin = member.equals("truth") ? "bool" : "abs";
        return ft.expr(new Expr.Call(new Expr.Name(builtin, ExprContext.Load, s, e), a, List.of(), s, e), null);
    }

    private static void arity(String member, int want, int got, Expr.Call c) {
        if (got != want) {
            throw Unsupported.type(member + " expected " + want + " argument" + (want == 1 ? "" : "s") + ", got " + got, c);
        }
    }

    /** Whether e names one of the module's functions ({@code operator.add}, or {@code add} from-imported). */
    static boolean function(FunctionTranslator ft, Expr e) {
        return member(ft, e) != null;
    }

    private static String member(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Name n && !ft.isLocal(n.id())) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            return m != null && m.module() instanceof OperatorModule ? m.member() : null;
        }
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof OperatorModule) {
            return a.attr();
        }
        return null;
    }

    /**
     * {@code itemgetter(k)} / {@code attrgetter('a.b')} (or a call of its from-imported name) as
     * the lambda it behaves as, or null when {@code e} is no such call. Only constant arguments:
     * CPython evaluates them once, when the getter is made, which a lambda over a variable would not.
     */
    static Expr.Lambda getterLambda(FunctionTranslator ft, Expr e) {
        if (!(e instanceof Expr.Call c) || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            return null;
        }
        String member = member(ft, c.func());
        return member != null && getter(member) ? getterLambda(member, c) : null;
    }

    private static Expr.Lambda getterLambda(String member, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type(member + "() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().isEmpty()) {
            throw Unsupported.type(member + " expected 1 argument, got 0", c);
        }
        int s = c.start();
        int e = c.end();
        String param = "__getter_item";
        List<Expr> parts = new ArrayList<>();
        for (Expr arg : c.args()) {
            Expr item = new Expr.Name(param, ExprContext.Load, s, e);
            if (member.equals("itemgetter")) {
                if (!constant(arg)) {
                    throw Unsupported.construct("itemgetter() of an argument that is not a constant", arg);
                }
                parts.add(new Expr.Subscript(item, arg, ExprContext.Load, s, e));
            } else {
                if (!(arg instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str str)) {
                    throw Unsupported.construct("attrgetter() of an argument that is not a string constant", arg);
                }
                for (String attr : str.value().split("\\.", -1)) {
                    if (!attr.matches("[A-Za-z_][A-Za-z_0-9]*")) {
                        throw Unsupported.construct("attrgetter() of '" + str.value() + "'", arg);
                    }
                    item = new Expr.Attribute(item, attr, ExprContext.Load, s, e);
                }
                parts.add(item);
            }
        }
        Expr body = parts.size() == 1 ? parts.get(0) : new Expr.Tuple(parts, ExprContext.Load, s, e);
        Arguments args = new Arguments(List.of(), List.of(new Arg(param, null, null, s, e)), null, List.of(), List.of(),
                null, List.of(), s, e);
        return new Expr.Lambda(args, body, s, e);
    }

    private static boolean simple(Expr e) {
        return e instanceof Expr.Name || constant(e);
    }

    private static boolean constant(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            return u.operand() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int;
        }
        return e instanceof Expr.Constant k && (k.value() instanceof ConstantValue.Int || k.value() instanceof ConstantValue.Str);
    }
}
