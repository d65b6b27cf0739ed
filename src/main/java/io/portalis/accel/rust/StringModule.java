package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code string} module (CPython 3.11): its constants, as string literals, and
 * {@code capwords}, a call of the runtime's {@code string} module
 * ({@code src/main/resources/rust/string.rs}). The classes {@code Formatter} and
 * {@code Template} are refused.
 */
final class StringModule implements StdlibModule {

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\u000c";

    private static final Map<String, String> CONSTANTS = new LinkedHashMap<>();

    static {
        CONSTANTS.put("ascii_letters", LOWER + UPPER);
        CONSTANTS.put("ascii_lowercase", LOWER);
        CONSTANTS.put("ascii_uppercase", UPPER);
        CONSTANTS.put("digits", DIGITS);
        CONSTANTS.put("hexdigits", DIGITS + "abcdef" + "ABCDEF");
        CONSTANTS.put("octdigits", "01234567");
        CONSTANTS.put("punctuation", PUNCTUATION);
        CONSTANTS.put("printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
        CONSTANTS.put("whitespace", WHITESPACE);
    }

    /** Classes of the module that the translation does not have. */
    private static final Set<String> REFUSED = Set.of("Formatter", "Template");

    @Override
    public String name() {
        return "string";
    }


    @Override
    public boolean has(String member) {
        return CONSTANTS.containsKey(member) || REFUSED.contains(member) || member.equals("capwords");
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        String text = CONSTANTS.get(member);
        if (text != null) {
            return new FunctionTranslator.Val(new RExpr.Atom(RustLiterals.string(text)), PyType.STR,
                    FunctionTranslator.Kind.STRLIT);
        }
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("string." + member, at);
        }
        if (member.equals("capwords")) {
            throw Unsupported.construct("string.capwords used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (CONSTANTS.containsKey(member)) {
            throw Unsupported.type("'str' object is not callable", c);
        }
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("string." + member, c);
        }
        if (!member.equals("capwords")) {
            throw noAttribute(member, c.func());
        }
        Expr sepExpr = null;
        for (Keyword k : c.keywords()) {
            if (!k.arg().equals("sep") || sepExpr != null || c.args().size() > 1) {
                throw Unsupported.type("capwords() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            sepExpr = k.value();
        }
        if (c.args().isEmpty() || c.args().size() > 2 || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.type("capwords() takes from 1 to 2 positional arguments but " + c.args().size()
                    + " were given", c);
        }
        if (c.args().size() == 2) {
            sepExpr = c.args().get(1);
        }
        Expr sExpr = c.args().get(0);
        FunctionTranslator.Val s = ft.expr(sExpr, PyType.STR);
        if (s.type() != PyType.STR) {
            throw Unsupported.type("capwords() of " + s.type().python() + " (a str expected)", sExpr);
        }
        RExpr sep;
        if (sepExpr == null || (sepExpr instanceof Expr.Constant k && k.value() instanceof ConstantValue.None)) {
            sep = new RExpr.Atom("None");
        } else {
            FunctionTranslator.Val v = ft.expr(sepExpr, PyType.STR);
            if (v.type() == PyType.STR) {
                sep = RExpr.call("Some", ft.strRef(v));
            } else if (v.type() instanceof PyType.OptionalT o && o.inner() == PyType.STR) {
                sep = RExpr.method(v.code(), "as_deref");
            } else {
                throw Unsupported.type("capwords() separator of " + v.type().python() + " (a str or None expected)", sepExpr);
            }
        }
        RExpr call = RExpr.call("string::capwords", ft.strRef(s), sep);
        return new FunctionTranslator.Val(ft.tryOf(call), PyType.STR, FunctionTranslator.Kind.OWNED);
    }
}
