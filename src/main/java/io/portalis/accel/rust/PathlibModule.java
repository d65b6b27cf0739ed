package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code pathlib.Path} (a {@code PosixPath} on Linux), as the runtime's
 * {@code pathlib::Path} ({@code src/main/resources/rust/pathlib.rs}): construction from str and
 * Path segments, {@code /}, {@code ==} and ordering by parts, {@code str()}/{@code repr()}, the
 * pure attributes ({@code name}, {@code stem}, {@code suffix}, {@code suffixes}, {@code parent},
 * {@code parts}) and methods ({@code with_suffix}, {@code with_name}, {@code with_stem},
 * {@code joinpath}, {@code is_absolute}, {@code as_posix}), and the file-system ones
 * ({@code exists}, {@code is_file}, {@code is_dir}, {@code read_text}, {@code write_text},
 * {@code open}, {@code mkdir}, {@code unlink}, {@code rmdir}, {@code iterdir}, {@code glob} of one
 * component). Hashing (a Path in a set or as a dict key), {@code parents}, {@code rglob}, recursive
 * or multi-component {@code glob}, {@code resolve}, {@code stat} and the
 * class methods ({@code Path.cwd()}) are refused.
 */
final class PathlibModule implements StdlibModule {

    static final PyType.LibT PATH = new PyType.LibT("pathlib", "Path", List.of(), null);

    private static final Set<String> CLASSES = Set.of("Path", "PosixPath");
    private static final Set<String> OTHERS = Set.of("PurePath", "PurePosixPath", "PureWindowsPath", "WindowsPath");

    @Override
    public String name() {
        return "pathlib";
    }

    @Override
    public boolean has(String member) {
        return CLASSES.contains(member) || OTHERS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (!has(member)) {
            throw noAttribute(member, at);
        }
        throw Unsupported.construct("class pathlib." + member + " used as a value", at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (CLASSES.contains(member) && args.isEmpty()) {
            return PATH;
        }
        return StdlibModule.super.annotation(member, args, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (!CLASSES.contains(member)) {
            if (has(member)) {
                throw Unsupported.construct("pathlib." + member, c);
            }
            throw noAttribute(member, c.func());
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type(member + "() takes no keyword arguments", c.keywords().get(0));
        }
        RExpr path = RExpr.call("pathlib::Path::new", new RExpr.Atom("\".\""));
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of " + member + "()", a);
            }
            FunctionTranslator.Val v = ft.expr(a, PyType.STR);
            if (i == 0 && v.type() == PyType.STR) {
                path = RExpr.call("pathlib::Path::new", ft.strRef(v));
            } else if (i == 0 && isPath(v.type())) {
                path = ft.owned(v);
            } else {
                path = join(ft, path, v, a);
            }
        }
        return val(path, PATH);
    }

    @Override
    public boolean printable(PyType.LibT type) {
        return true;
    }

    static boolean isPath(PyType t) {
        return PATH.equals(t);
    }

    /** {@code path / other}, {@code other / path}: a str or Path joined; null for another operator. */
    static FunctionTranslator.Val binary(FunctionTranslator ft, Operator op, FunctionTranslator.Val l,
                                         FunctionTranslator.Val r, Node at) {
        if (op != Operator.Div) {
            throw Unsupported.type("unsupported operand types for " + op.symbol() + ": " + l.type().python() + " and "
                    + r.type().python(), at);
        }
        if (isPath(l.type())) {
            return val(join(ft, l.code(), r, at), PATH);
        }
        if (l.type() == PyType.STR) {
            return val(RExpr.call("pathlib::Path::rjoin", ft.strRef(l), ft.ref(r)), PATH);
        }
        throw Unsupported.type("unsupported operand types for /: " + l.type().python() + " and " + r.type().python(), at);
    }

    private static RExpr join(FunctionTranslator ft, RExpr path, FunctionTranslator.Val seg, Node at) {
        if (seg.type() == PyType.STR) {
            return RExpr.method(path, "join", ft.strRef(seg));
        }
        if (isPath(seg.type())) {
            return RExpr.method(path, "join_path", ft.ref(seg));
        }
        throw Unsupported.type("argument should be a str or an os.PathLike object, not '" + seg.type().python() + "'", at);
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        RExpr r = recv.code();
        return switch (attr) {
            case "name", "stem", "suffix" -> val(RExpr.method(r, attr), PyType.STR);
            case "suffixes" -> val(RExpr.method(r, attr), new PyType.ListT(PyType.STR));
            case "parent" -> val(RExpr.method(r, attr), PATH);
            case "parts" -> val(RExpr.method(r, attr), new PyType.VarTupleT(PyType.STR));
            default -> throw Unsupported.construct("attribute '" + attr + "' of a Path", at);
        };
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        RExpr r = recv.code();
        switch (method) {
            case "exists", "is_file", "is_dir", "is_absolute" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(RExpr.method(r, method), PyType.BOOL);
            }
            case "as_posix" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(RExpr.method(r, "text"), PyType.STR);
            }
            case "with_suffix", "with_name", "with_stem" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of(method.substring(5)), 1);
                RExpr s = LibraryArgs.str(ft, a.get(method.substring(5)), method);
                return val(ft.tryOf(RExpr.method(r, method, s)), PATH);
            }
            case "joinpath" -> {
                if (!c.keywords().isEmpty()) {
                    throw Unsupported.type("joinpath() takes no keyword arguments", c.keywords().get(0));
                }
                RExpr path = r;
                for (Expr a : c.args()) {
                    if (a instanceof Expr.Starred) {
                        throw Unsupported.construct("*arguments in a call of joinpath()", a);
                    }
                    path = join(ft, path, ft.expr(a, PyType.STR), a);
                }
                return val(c.args().isEmpty() ? RExpr.method(r, "clone") : path, PATH);
            }
            case "read_text" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("encoding", "errors"), 0);
                IoModule.checkTextOptions(a, method);
                return val(ft.tryOf(RExpr.method(r, method)), PyType.STR);
            }
            case "write_text" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("data", "encoding", "errors", "newline"), 1);
                FunctionTranslator.Val data = ft.expr(a.get("data"), PyType.STR);
                if (data.type() != PyType.STR) {
                    throw Unsupported.type("data must be str, not " + data.type().python(), a.get("data"));
                }
                IoModule.checkTextOptions(a, method);
                return val(ft.tryOf(RExpr.method(r, method, ft.strRef(data))), PyType.INT);
            }
            case "open" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method,
                        List.of("mode", "buffering", "encoding", "errors", "newline"), 0);
                String mode = IoModule.mode(a.get("mode"));
                IoModule.checkTextOptions(a, method);
                return val(ft.tryOf(RExpr.method(r, "open", new RExpr.Atom(RustLiterals.string(mode)))), IoModule.FILE);
            }
            case "mkdir" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("mode", "parents", "exist_ok"), 0);
                if (a.containsKey("mode")) {
                    throw Unsupported.construct("mkdir() with mode=", a.get("mode"));
                }
                RExpr parents = flag(ft, a.get("parents"), method);
                RExpr existOk = flag(ft, a.get("exist_ok"), method);
                return val(ft.tryOf(RExpr.method(r, method, parents, existOk)), PyType.NONE);
            }
            case "unlink" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("missing_ok"), 0);
                return val(ft.tryOf(RExpr.method(r, method, flag(ft, a.get("missing_ok"), method))), PyType.NONE);
            }
            case "rmdir" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(ft.tryOf(RExpr.method(r, method)), PyType.NONE);
            }
            case "iterdir" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(ft.tryOf(RExpr.method(r, method)), new PyType.IterT(PATH));
            }
            case "glob" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("pattern"), 1);
                if (!(a.get("pattern") instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s)
                        || s.value().contains("/") || s.value().contains("**")) {
                    throw Unsupported.construct("glob() pattern that is not a str literal of one component "
                            + "(no '/' or '**')", a.get("pattern"));
                }
                return val(ft.tryOf(RExpr.method(r, method, new RExpr.Atom(RustLiterals.string(s.value())))),
                        new PyType.IterT(PATH));
            }
            default -> throw Unsupported.construct("method '" + method + "' of a Path", c);
        }
    }

    private static RExpr flag(FunctionTranslator ft, Expr e, String fn) {
        return e == null ? new RExpr.Atom("false") : LibraryArgs.bool(ft, e, fn);
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
