package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code os}, the basics: {@code getcwd}, {@code listdir}, {@code remove}/{@code unlink},
 * {@code rmdir}, {@code mkdir}, {@code makedirs(exist_ok=)}, {@code getenv},
 * {@code os.environ.get(key[, default])} and {@code os.environ[key]}, the constants {@code sep},
 * {@code linesep}, {@code curdir}, {@code pardir}, {@code pathsep}, {@code name}, and the
 * submodule {@code os.path} ({@link OsPathModule}). The runtime is {@code os.rs}; failed calls
 * raise CPython's OSError subclasses ({@code io::os_error}). Every other attribute is refused.
 */
final class OsModule implements StdlibModule {

    private static final Map<String, String> CONSTANTS = Map.of(
            "sep", "/", "linesep", "\n", "curdir", ".", "pardir", "..", "pathsep", ":", "name", "posix",
            "extsep", ".", "devnull", "/dev/null");
    private static final Set<String> FUNCTIONS = Set.of("getcwd", "listdir", "remove", "unlink", "rmdir", "mkdir",
            "makedirs", "getenv");
    private static final Set<String> OTHERS = Set.of("rename", "replace", "walk", "scandir", "stat", "chdir",
            "system", "getpid", "urandom", "cpu_count", "removedirs", "chmod", "symlink", "link", "fspath",
            "putenv", "unsetenv", "environb", "kill", "popen", "get_terminal_size", "access", "times", "umask",
            "getlogin", "uname", "fsencode", "fsdecode", "lstat", "readlink", "truncate", "utime");

    @Override
    public String name() {
        return "os";
    }

    @Override
    public boolean has(String member) {
        return CONSTANTS.containsKey(member) || FUNCTIONS.contains(member) || OTHERS.contains(member)
                || member.equals("path") || member.equals("environ");
    }

    @Override
    public StdlibModule submodule(String member) {
        return member.equals("path") ? StdlibModules.find("os.path") : null;
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        String k = CONSTANTS.get(member);
        if (k != null) {
            return new FunctionTranslator.Val(new RExpr.Atom(RustLiterals.string(k)), PyType.STR,
                    FunctionTranslator.Kind.STRLIT);
        }
        if (!has(member)) {
            throw noAttribute(member, at);
        }
        throw Unsupported.construct("os." + member + " used as a value", at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        switch (member) {
            case "getcwd" -> {
                LibraryArgs.bind(c, member, List.of(), 0);
                return val(ft.tryOf(RExpr.call("os::getcwd")), PyType.STR);
            }
            case "listdir" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, member, List.of("path"), 0);
                RExpr p = a.containsKey("path") ? LibraryArgs.path(ft, a.get("path"), member) : new RExpr.Atom("\".\"");
                return val(ft.tryOf(RExpr.call("os::listdir", p)), new PyType.ListT(PyType.STR));
            }
            case "remove", "unlink", "rmdir", "mkdir" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, member, List.of("path"), 1);
                String fn = member.equals("unlink") ? "remove" : member;
                return val(ft.tryOf(RExpr.call("os::" + fn, LibraryArgs.path(ft, a.get("path"), member))), PyType.NONE);
            }
            case "makedirs" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, member, List.of("name", "mode", "exist_ok"), 1);
                if (a.containsKey("mode")) {
                    throw Unsupported.construct("os.makedirs() with mode=", a.get("mode"));
                }
                RExpr p = LibraryArgs.path(ft, a.get("name"), member);
                RExpr existOk = a.containsKey("exist_ok") ? LibraryArgs.bool(ft, a.get("exist_ok"), member)
                        : new RExpr.Atom("false");
                return val(ft.tryOf(RExpr.call("os::makedirs", p, existOk)), PyType.NONE);
            }
            case "getenv" -> {
                return lookup(ft, LibraryArgs.bind(c, member, List.of("key", "default"), 1), member);
            }
            default -> {
                if (!has(member)) {
                    throw noAttribute(member, c.func());
                }
                throw Unsupported.construct("os." + member + "()", c);
            }
        }
    }

    /** {@code getenv(key[, default])}: Optional[str] without a default (or with None), str with a str one. */
    private static FunctionTranslator.Val lookup(FunctionTranslator ft, Map<String, Expr> a, String fn) {
        RExpr found = RExpr.call("os::getenv", LibraryArgs.str(ft, a.get("key"), fn));
        Expr d = a.get("default");
        if (LibraryArgs.none(d)) {
            return val(found, new PyType.OptionalT(PyType.STR));
        }
        FunctionTranslator.Val v = ft.expr(d, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.construct(fn + "() default of type " + v.type().python() + " (only str or None)", d);
        }
        // The lookup has no effect a later argument could notice, so it may run before the default.
        return val(RExpr.method(found, "unwrap_or", ft.owned(v)), PyType.STR);
    }

    /** Whether the expression is {@code os.environ} (os imported as a module). */
    private static boolean environ(FunctionTranslator ft, Expr e) {
        return e instanceof Expr.Attribute a && a.attr().equals("environ") && ft.importedModule(a.value()) instanceof OsModule;
    }

    /** {@code os.environ.get(key[, default])}, or null when the call is not one on os.environ. */
    static FunctionTranslator.Val environCall(FunctionTranslator ft, Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute m) || !environ(ft, m.value())) {
            return null;
        }
        if (!m.attr().equals("get")) {
            throw Unsupported.construct("os.environ." + m.attr() + "()", c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("get() takes no keyword arguments", c.keywords().get(0));
        }
        return lookup(ft, LibraryArgs.bind(c, "get", List.of("key", "default"), 1), "get");
    }

    /** {@code os.environ[key]}: KeyError when unset; null when the subscript is not of os.environ. */
    static FunctionTranslator.Val environItem(FunctionTranslator ft, Expr.Subscript s) {
        if (!environ(ft, s.value())) {
            return null;
        }
        RExpr key = LibraryArgs.str(ft, s.slice(), "os.environ[]");
        return val(ft.tryOf(RExpr.call("os::environ_item", key)), PyType.STR);
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
