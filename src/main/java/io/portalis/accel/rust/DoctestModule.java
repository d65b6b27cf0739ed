package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.doctest.DoctestProgram;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code doctest}: {@code doctest.testmod()} (also {@code testmod(verbose=False)}) at
 * the top level of the main module runs the module's docstring examples, which
 * {@link DoctestProgram} wrote as functions of the module, and is the runtime's
 * {@code doctest::testmod} ({@code src/main/resources/rust/doctest.rs}). The functions'
 * announcements ({@code _example}, {@code _raised}, {@code _display}) are this module's too, but
 * only inside those functions: user code cannot reach them. Every other attribute is refused.
 */
final class DoctestModule implements StdlibModule {
    static final PyType TEST_RESULTS = new PyType.LibT("doctest", "TestResults", List.of(), null);

    private static final Set<String> OTHERS = Set.of("testfile", "run_docstring_examples", "DocTestFinder",
            "DocTestParser", "DocTestRunner", "DocTest", "Example", "OutputChecker", "DocFileSuite", "DocTestSuite",
            "DebugRunner", "DocTestFailure", "UnexpectedException", "debug", "debug_src", "script_from_examples",
            "testsource", "set_unittest_reportflags", "register_optionflag", "TestResults", "ELLIPSIS",
            "NORMALIZE_WHITESPACE", "SKIP", "IGNORE_EXCEPTION_DETAIL", "DONT_ACCEPT_TRUE_FOR_1",
            "DONT_ACCEPT_BLANKLINE", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE",
            "FAIL_FAST", "COMPARISON_FLAGS", "REPORTING_FLAGS", "OPTIONFLAGS_BY_NAME", "BLANKLINE_MARKER",
            "ELLIPSIS_MARKER", "master");
    private static final Set<String> ANNOUNCEMENTS = Set.of("_example", "_raised", "_display");

    @Override
    public String name() {
        return "doctest";
    }

    @Override
    public boolean has(String member) {
        return member.equals("testmod") || OTHERS.contains(member) || ANNOUNCEMENTS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (member.equals("testmod")) {
            throw Unsupported.construct("doctest.testmod used as a value (call it)", at);
        }
        throw Unsupported.construct("doctest." + member + " (only doctest.testmod() is translated)", at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (ANNOUNCEMENTS.contains(member)) {
            if (ft.module.doctestsFrom < 0 || c.start() < ft.module.doctestsFrom) {
                throw noAttribute(member, c);
            }
            return announcement(ft, member, c);
        }
        if (!member.equals("testmod")) {
            return value(member, c);
        }
        if (ft.sig != null || ft.cls != null || ft.parent != null) {
            throw Unsupported.construct("doctest.testmod() inside a function (only in the main module's top-level "
                    + "code, where its module is __main__)", c);
        }
        if (!c.args().isEmpty()) {
            throw Unsupported.construct("doctest.testmod() with arguments other than verbose=", c.args().get(0));
        }
        if (!ft.module.doctestsPlanned) {
            throw Unsupported.construct("doctest.testmod() in --layout files (its doctests run in the crate layout)", c);
        }
        String verbose = "None";
        for (Keyword k : c.keywords()) {
            if (!"verbose".equals(k.arg()) || !(k.value() instanceof Expr.Constant b && b.value() instanceof ConstantValue.Bool v)) {
                throw Unsupported.construct("doctest.testmod() with arguments other than verbose=True/False", k);
            }
            if (v.value()) {
                throw Unsupported.construct("doctest.testmod(verbose=True) (its verbose report is not reproduced)", k);
            }
            verbose = "Some(false)";
        }
        String table = ft.module.doctestTable ? DoctestTable.NAME : "&[]";
        return new FunctionTranslator.Val(RExpr.call("doctest::testmod",
                new RExpr.Atom(RustLiterals.string(ft.module.doctestSource)), new RExpr.Atom(table), new RExpr.Atom(verbose)),
                TEST_RESULTS, FunctionTranslator.Kind.OWNED);
    }

    private static FunctionTranslator.Val announcement(FunctionTranslator ft, String member, Expr.Call c) {
        if (c.args().size() != 1 || !c.keywords().isEmpty()) {
            throw Unsupported.construct("doctest." + member + " with other than one argument", c);
        }
        Expr arg = c.args().get(0);
        switch (member) {
            case "_example":
                return none(RExpr.call("doctest::example", new RExpr.Atom(((Expr.Constant) arg).value() instanceof ConstantValue.Int i
                        ? i.value().toString() : "0")));
            case "_raised": {
                FunctionTranslator.Val e = ft.expr(arg, null);
                return none(RExpr.call("doctest::raised", new RExpr.Unary("&", e.code())));
            }
            default: {
                FunctionTranslator.Val v = ft.expr(arg, null);
                if (v.type() == PyType.NONE) {
                    return v;
                }
                // the value first, in a statement of its own (short lines, as rustfmt lays them out), then its repr
                String name = ft.freshName("shown");
                boolean literal = v.kind() == FunctionTranslator.Kind.STRLIT;
                RExpr value = literal ? v.code() : ft.owned(v);
                ft.out.add(new RStmt.LetPattern(() -> name, value));
                if (v.type() instanceof PyType.OptionalT o) {
                    FunctionTranslator.Val inner = new FunctionTranslator.Val(new RExpr.Atom("shown"), o.inner(),
                            FunctionTranslator.Kind.OWNED);
                    return none(RExpr.call("doctest::display_optional", new RExpr.Atom(name),
                            new RExpr.Atom("|shown| " + FlatRust.flat(ft.repr(inner)))));
                }
                return none(RExpr.call("doctest::display", ft.repr(new FunctionTranslator.Val(new RExpr.Atom(name), v.type(),
                        literal ? FunctionTranslator.Kind.STRLIT : FunctionTranslator.Kind.OWNED))));
            }
        }
    }

    private static FunctionTranslator.Val none(RExpr code) {
        return new FunctionTranslator.Val(code, PyType.NONE, FunctionTranslator.Kind.OWNED);
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type, String method,
            Expr.Call c) {
        throw Unsupported.construct("method '" + method + "' of doctest.TestResults", c);
    }

    @Override
    public boolean printable(PyType.LibT type) {
        return type.name().equals("TestResults");
    }
}
