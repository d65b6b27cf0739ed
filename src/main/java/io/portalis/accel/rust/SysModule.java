package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code sys} module, the part a command-line program uses: {@code argv}, {@code exit},
 * {@code maxsize} and the standard streams ({@code stdout.write}/{@code flush},
 * {@code stderr.write}, {@code stdin} iterated, {@code read}, {@code readline}, {@code readlines}).
 * The streams' Rust side is the runtime's {@code sys} module ({@code src/main/resources/rust/sys.rs}),
 * which {@code input()} uses too. {@code sys.exit(code)} raises SystemExit as CPython does, so
 * {@code finally} blocks run and {@code except SystemExit} catches it; an uncaught one sets the
 * exit status in {@code py::die}. Every other attribute of CPython's module is refused by name.
 */
final class SysModule implements StdlibModule {

    private static final Set<String> STREAMS = Set.of("stdin", "stdout", "stderr");

    /** Attributes of CPython 3.11's sys that the translation refuses (it names them in the refusal). */
    private static final Set<String> OTHERS = Set.of(
            "abiflags", "addaudithook", "api_version", "audit", "base_exec_prefix", "base_prefix",
            "breakpointhook", "builtin_module_names", "byteorder", "call_tracing", "copyright",
            "displayhook", "dont_write_bytecode", "exc_info", "excepthook", "exception", "exec_prefix",
            "executable", "flags", "float_info", "float_repr_style", "get_asyncgen_hooks",
            "get_coroutine_origin_tracking_depth", "get_int_max_str_digits", "getallocatedblocks",
            "getdefaultencoding", "getdlopenflags", "getfilesystemencodeerrors", "getfilesystemencoding",
            "getprofile", "getrecursionlimit", "getrefcount", "getsizeof", "getswitchinterval",
            "gettrace", "hash_info", "hexversion", "implementation", "int_info", "intern",
            "is_finalizing", "last_traceback", "last_type", "last_value", "maxunicode", "meta_path",
            "modules", "orig_argv", "path", "path_hooks", "path_importer_cache", "platform",
            "platlibdir", "prefix", "ps1", "ps2", "pycache_prefix", "set_asyncgen_hooks",
            "set_coroutine_origin_tracking_depth", "set_int_max_str_digits", "setdlopenflags",
            "setprofile", "setrecursionlimit", "setswitchinterval", "settrace", "stdlib_module_names",
            "thread_info", "unraisablehook", "version", "version_info", "warnoptions",
            "__stdin__", "__stdout__", "__stderr__", "__displayhook__", "__excepthook__");

    @Override
    public String name() {
        return "sys";
    }


    @Override
    public boolean has(String member) {
        return member.equals("argv") || member.equals("exit") || member.equals("maxsize")
                || STREAMS.contains(member) || OTHERS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        switch (member) {
            case "maxsize":
                return val(new RExpr.Atom("i64::MAX"), PyType.INT);
            case "argv":
                return val(RExpr.call("sys::argv"), new PyType.ListT(PyType.STR));
            case "stdin":
                // Iterated (a for loop, next(), list()): its lines, read as they are asked for.
                return val(RExpr.call("sys::stdin_lines"), new PyType.GenT(PyType.STR));
            case "exit":
                throw Unsupported.construct("sys.exit used as a value (call it)", at);
            case "stdout", "stderr":
                throw Unsupported.construct("sys." + member + " used as a value (only its write() and flush(),"
                        + " or print(..., file=sys." + member + "))", at);
            default:
                throw refused(member, at);
        }
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("exit")) {
            return exit(ft, c);
        }
        if (has(member) && !OTHERS.contains(member)) {
            throw Unsupported.type("'" + (member.equals("maxsize") ? "int" : member.equals("argv") ? "list"
                    : "_io.TextIOWrapper") + "' object is not callable", c);
        }
        throw refused(member, c.func());
    }

    private Unsupported refused(String member, Node at) {
        return OTHERS.contains(member) ? Unsupported.construct("sys." + member, at) : noAttribute(member, at);
    }

    /** {@code sys.exit([code])}: {@code raise SystemExit(code)}. */
    private static FunctionTranslator.Val exit(FunctionTranslator ft, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("sys.exit() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().size() > 1) {
            throw Unsupported.type("exit expected at most 1 argument, got " + c.args().size(), c);
        }
        RExpr exc = systemExit(ft, c.args());
        return val(ft.tryOf(RExpr.call("Err::<(), py::Exc>", exc)), PyType.NONE);
    }

    /**
     * A SystemExit exception with these arguments (none, or one that is None, an int, a bool, a
     * str, or an int-or-None), as {@code py::die} reads its code; any other code is refused.
     */
    static RExpr systemExit(FunctionTranslator ft, List<Expr> args) {
        if (args.isEmpty()) {
            return RExpr.call("py::exc_args", new RExpr.Atom("\"SystemExit\""), new RExpr.Atom("py::Args::of(vec![])"));
        }
        if (args.size() > 1) {
            throw Unsupported.construct("SystemExit with more than one argument", args.get(1));
        }
        FunctionTranslator.Val v = ft.expr(args.get(0), null);
        PyType t = v.type();
        boolean exact = t == PyType.INT || t == PyType.BOOL || t == PyType.STR || t == PyType.NONE
                || (t instanceof PyType.OptionalT o && o.inner() == PyType.INT);
        if (!exact) {
            throw Unsupported.construct("exit code of type " + t.python() + " (only int, bool, str or None)", args.get(0));
        }
        RExpr arg = RExpr.call("py::Arg::of", ft.ref(v));
        return RExpr.call("py::exc_args", new RExpr.Atom("\"SystemExit\""),
                RExpr.call("py::Args::of", new RExpr.Macro("vec", List.of(arg), true, false)));
    }

    /**
     * The arguments of {@code sys.exit(...)} (or of {@code exit(...)} after {@code from sys import
     * exit}) when the expression is that call with positional arguments only, else null.
     */
    static List<Expr> exitArguments(FunctionTranslator ft, Expr e) {
        if (!(e instanceof Expr.Call c) || !c.keywords().isEmpty() || c.args().size() > 1
                || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            return null;
        }
        boolean exit = false;
        if (c.func() instanceof Expr.Attribute a && a.attr().equals("exit")) {
            exit = ft.importedModule(a.value()) instanceof SysModule;
        } else if (c.func() instanceof Expr.Name n && !ft.isLocal(n.id())) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            exit = m != null && m.module() instanceof SysModule && m.member().equals("exit");
        }
        return exit ? c.args() : null;
    }

    /**
     * Whether a statement is {@code sys.exit(...)}, read by its spelling (the check of whether a
     * function returns on every path sees statements only): {@code import sys as s} or a
     * from-import of exit is not recognised, so such a function still needs its return.
     */
    static boolean isExitStatement(Stmt s) {
        return s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c && c.keywords().isEmpty()
                && c.args().size() <= 1 && c.func() instanceof Expr.Attribute a && a.attr().equals("exit")
                && a.value() instanceof Expr.Name n && n.id().equals("sys");
    }

    /**
     * The standard stream an expression names ({@code sys.stdout}, or {@code stdout} after
     * {@code from sys import stdout}), or null.
     */
    static String stream(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof SysModule
                && STREAMS.contains(a.attr())) {
            return a.attr();
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id())) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            if (m != null && m.module() instanceof SysModule && STREAMS.contains(m.member())) {
                return m.member();
            }
        }
        return null;
    }

    /** A method call on a standard stream: {@code sys.stdout.write(s)}, {@code sys.stdin.readline()}. */
    static FunctionTranslator.Val streamCall(FunctionTranslator ft, String stream, String method, Expr.Call c) {
        String name = "sys." + stream + "." + method;
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("keyword argument in " + name + "()", c.keywords().get(0));
        }
        String fn = switch (stream + "." + method) {
            case "stdout.write", "stderr.write" -> stream + "_write";
            case "stdout.flush", "stderr.flush" -> stream.equals("stdout") ? "stdout_flush" : "";
            case "stdin.read", "stdin.readline", "stdin.readlines" -> "stdin_" + method;
            default -> throw Unsupported.construct(name + "()", c);
        };
        if (fn.endsWith("write")) {
            if (c.args().size() != 1) {
                throw Unsupported.type("TextIOWrapper.write() takes exactly one argument (" + c.args().size() + " given)", c);
            }
            FunctionTranslator.Val s = ft.expr(c.args().get(0), PyType.STR);
            if (s.type() != PyType.STR) {
                throw Unsupported.type("write() argument must be str, not " + s.type().python(), c.args().get(0));
            }
            return val(RExpr.call("sys::" + fn, ft.ref(s)), PyType.INT);
        }
        if (!c.args().isEmpty()) {
            throw Unsupported.construct("arguments to " + name + "()", c.args().get(0));
        }
        if (fn.isEmpty()) {
            // stderr is unbuffered: its flush has nothing to do.
            return val(new RExpr.Atom("()"), PyType.NONE);
        }
        if (fn.equals("stdout_flush")) {
            return val(RExpr.call("sys::stdout_flush"), PyType.NONE);
        }
        PyType type = fn.equals("stdin_readlines") ? new PyType.ListT(PyType.STR) : PyType.STR;
        return val(ft.tryOf(RExpr.call("sys::" + fn)), type);
    }

    /** {@code input([prompt])}: the prompt on stdout, a line of stdin; EOFError at its end. */
    static FunctionTranslator.Val input(FunctionTranslator ft, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("input() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().size() > 1) {
            throw Unsupported.type("input expected at most 1 argument, got " + c.args().size(), c);
        }
        RExpr prompt = new RExpr.Atom("\"\"");
        if (c.args().size() == 1) {
            FunctionTranslator.Val p = ft.expr(c.args().get(0), PyType.STR);
            if (p.type() != PyType.STR) {
                throw Unsupported.construct("input() prompt of type " + p.type().python() + " (only str)", c.args().get(0));
            }
            prompt = ft.ref(p);
        }
        return val(ft.tryOf(RExpr.call("sys::input", prompt)), PyType.STR);
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
