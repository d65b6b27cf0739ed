package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code os.path} on Linux (posixpath): {@code join}, {@code split}, {@code splitext},
 * {@code basename}, {@code dirname}, {@code normpath}, {@code abspath}, {@code isabs} on the text
 * as posixpath works on it, and {@code exists}, {@code isfile}, {@code isdir}, {@code getsize} on
 * the file system. Reached as {@code os.path.x}, {@code from os import path}, {@code import
 * os.path [as p]} or {@code from os.path import x}; its runtime is part of {@code os.rs}.
 * Arguments are str or {@code pathlib.Path}; results are str.
 */
final class OsPathModule implements StdlibModule {

    private static final Set<String> TEXT = Set.of("basename", "dirname", "normpath");
    private static final Set<String> TESTS = Set.of("exists", "isfile", "isdir", "isabs");
    private static final Set<String> PAIRS = Set.of("split", "splitext");
    private static final Set<String> OTHERS = Set.of("expanduser", "expandvars", "realpath", "relpath", "commonpath",
            "commonprefix", "getmtime", "getatime", "getctime", "islink", "ismount", "lexists", "samefile",
            "splitdrive", "normcase", "sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "devnull", "defpath");

    @Override
    public String name() {
        return "os.path";
    }

    @Override
    public String runtime() {
        return null; // its functions are in os.rs
    }

    @Override
    public boolean has(String member) {
        return TEXT.contains(member) || TESTS.contains(member) || PAIRS.contains(member) || OTHERS.contains(member)
                || Set.of("join", "abspath", "getsize").contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (!has(member)) {
            throw Unsupported.name("module 'posixpath' has no attribute '" + member + "'", at);
        }
        throw Unsupported.construct("os.path." + member + " used as a value", at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("join")) {
            if (!c.keywords().isEmpty()) {
                throw Unsupported.type("join() takes no keyword arguments", c.keywords().get(0));
            }
            if (c.args().isEmpty()) {
                throw Unsupported.type("join() missing 1 required positional argument: 'a'", c);
            }
            List<RExpr> parts = new ArrayList<>();
            for (Expr a : c.args()) {
                if (a instanceof Expr.Starred) {
                    throw Unsupported.construct("*arguments in a call of os.path.join()", a);
                }
                parts.add(LibraryArgs.pathOwned(ft, a, member));
            }
            return val(RExpr.call("os::join", new RExpr.Macro("vec", parts, true, false)), PyType.STR);
        }
        if (!has(member)) {
            throw Unsupported.name("module 'posixpath' has no attribute '" + member + "'", c.func());
        }
        if (OTHERS.contains(member)) {
            throw Unsupported.construct("os.path." + member + "()", c);
        }
        Map<String, Expr> a = LibraryArgs.bind(c, member, List.of("p"), 1);
        RExpr p = LibraryArgs.path(ft, a.get("p"), member);
        if (TEXT.contains(member)) {
            return val(RExpr.call("os::" + member, p), PyType.STR);
        }
        if (TESTS.contains(member)) {
            return val(RExpr.call("os::" + member, p), PyType.BOOL);
        }
        if (PAIRS.contains(member)) {
            return val(RExpr.call("os::" + member, p), new PyType.TupleT(List.of(PyType.STR, PyType.STR)));
        }
        PyType t = member.equals("getsize") ? PyType.INT : PyType.STR;
        return val(ft.tryOf(RExpr.call("os::" + member, p)), t);
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
