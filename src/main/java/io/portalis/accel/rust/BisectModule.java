package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code bisect} module (CPython 3.11): bisect_left, bisect_right (and its alias bisect),
 * insort_left, insort_right (and insort), with {@code lo}, {@code hi} and {@code key=}, as calls of
 * the runtime's {@code bisect} module ({@code src/main/resources/rust/bisect.rs}), which probes
 * the items in CPython's order and calls the key on each probed item then. The sequence is a list
 * (or, for the searches, a tuple); its items compare with Python's {@code <}.
 */
final class BisectModule implements StdlibModule {

    private static final Set<String> FUNCTIONS = Set.of(
            "bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort");

    @Override
    public String name() {
        return "bisect";
    }


    @Override
    public boolean has(String member) {
        return FUNCTIONS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("bisect." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (!has(member)) {
            throw noAttribute(member, c.func());
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of bisect." + member + "()", a);
            }
        }
        boolean insort = member.startsWith("insort");
        boolean right = !member.endsWith("_left");
        if (c.args().size() < 2 || c.args().size() > 4) {
            throw Unsupported.type(member + "() takes from 2 to 4 positional arguments but " + c.args().size()
                    + " were given", c);
        }
        Map<String, Expr> kw = new LinkedHashMap<>();
        for (Keyword k : c.keywords()) {
            if (!Set.of("lo", "hi", "key").contains(k.arg())) {
                throw Unsupported.type(member + "() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            int position = k.arg().equals("lo") ? 2 : k.arg().equals("hi") ? 3 : -1;
            if (kw.put(k.arg(), k.value()) != null || (position >= 0 && c.args().size() > position)) {
                throw Unsupported.type("argument for " + member + "() given by name ('" + k.arg()
                        + "') and position (" + (position + 1) + ")", k);
            }
        }

        Expr seqExpr = c.args().get(0);
        FunctionTranslator.Val seq = ft.expr(seqExpr, null);
        PyType elem;
        RExpr seqCode;
        String what;
        if (seq.type() instanceof PyType.ListT l) {
            elem = l.elem();
            seqCode = ft.ref(seq);
            what = "list";
        } else if (!insort && (seq.type() instanceof PyType.TupleT || seq.type() instanceof PyType.VarTupleT)
                && FunctionTranslator.iterElement(seq.type()) != null) {
            elem = FunctionTranslator.iterElement(seq.type());
            seqCode = new RExpr.Unary("&", RExpr.call("py::List::from", ft.iterVecOf(seq, seqExpr)));
            what = "tuple";
        } else {
            throw Unsupported.type(member + "() of " + seq.type().python() + (insort ? " (a list expected)"
                    : " (a list or a tuple of one item type expected)"), seqExpr);
        }

        Expr keyExpr = kw.containsKey("key") && !isNone(kw.get("key")) ? kw.get("key") : null;
        FunctionTranslator.Val key = keyExpr == null ? null : KeyFunctions.of(ft, keyExpr, elem);
        PyType compared = key == null ? elem : ((PyType.FuncT) key.type()).ret();
        PyType xType = insort ? elem : compared;
        Expr xExpr = c.args().get(1);
        RExpr x = ft.owned(ft.coerce(ft.expr(xExpr, xType), xType, xExpr));

        RExpr lo = bound(ft, c.args().size() > 2 ? c.args().get(2) : kw.get("lo"), "0", member);
        RExpr hi = bound(ft, c.args().size() > 3 ? c.args().get(3) : kw.get("hi"), "-1", member);
        RExpr less = KeyFunctions.less(ft, compared, c);
        RExpr dir = new RExpr.Atom(right ? "true" : "false");
        RExpr call;
        if (insort) {
            call = key == null ? RExpr.call("bisect::insort", seqCode, x, lo, hi, less, dir)
                    : RExpr.call("bisect::insort_by", seqCode, x, lo, hi, ft.owned(key), less, dir);
        } else {
            RExpr name = new RExpr.Atom("\"" + what + "\"");
            RExpr ref = new RExpr.Unary("&", x);
            call = key == null ? RExpr.call("bisect::bisect", seqCode, name, ref, lo, hi, less, dir)
                    : RExpr.call("bisect::bisect_by", seqCode, name, ref, lo, hi, ft.owned(key), less, dir);
        }
        return new FunctionTranslator.Val(ft.tryOf(call), insort ? PyType.NONE : PyType.INT, FunctionTranslator.Kind.OWNED);
    }

    /** {@code lo} or {@code hi}: an int; None (for hi) and absence give the default. */
    private static RExpr bound(FunctionTranslator ft, Expr e, String absent, String member) {
        if (e == null || (absent.equals("-1") && isNone(e))) {
            return new RExpr.Atom(absent);
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt != null) {
            return asInt;
        }
        throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer (in "
                + member + "())", e);
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }
}
