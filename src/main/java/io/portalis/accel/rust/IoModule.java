package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text files: the builtin {@code open()} (also {@code io.open}) in the text modes {@code "r"},
 * {@code "w"}, {@code "a"}, {@code "x"} and {@code "r+"}, UTF-8 with universal newlines on read,
 * and the file object's methods and attributes, as the runtime's {@code io::TextIOWrapper}
 * ({@code src/main/resources/rust/io.rs}). Another module that takes a file object (json's
 * {@code load}/{@code dump}) tests its argument's type with {@link #isFile} and calls the runtime's
 * {@code f.read_to_string()?} / {@code f.write_str(&s)?}. Also {@code io.UnsupportedOperation} in except
 * clauses, and an OSError's {@code errno}, {@code strerror} and {@code filename}. Binary mode,
 * {@code "w+"}/{@code "a+"}, other encodings, {@code newline=} other than None, {@code seek} and
 * {@code tell} are refused by name.
 */
final class IoModule implements StdlibModule {

    /** An open text file, iterated as its lines. */
    static final PyType.LibT FILE = new PyType.LibT("io", "TextIOWrapper", List.of(), PyType.STR);

    private static final Set<String> MODES = Set.of("r", "w", "a", "x", "r+");
    private static final Set<String> UTF8 = Set.of("utf-8", "utf8", "utf_8", "u8");
    private static final Set<String> OS_ERROR_FIELDS = Set.of("errno", "strerror", "filename");

    @Override
    public String name() {
        return "io";
    }

    @Override
    public boolean has(String member) {
        return Set.of("open", "UnsupportedOperation", "StringIO", "BytesIO", "TextIOWrapper", "IOBase",
                "TextIOBase", "BufferedReader", "BufferedWriter", "FileIO", "DEFAULT_BUFFER_SIZE", "SEEK_SET",
                "SEEK_CUR", "SEEK_END").contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (!has(member)) {
            throw noAttribute(member, at);
        }
        throw Unsupported.construct("io." + member + " used as a value", at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("open")) {
            return open(ft, c);
        }
        if (!has(member)) {
            throw noAttribute(member, c.func());
        }
        throw Unsupported.construct("io." + member + "()", c);
    }

    @Override
    public boolean identityEquality(PyType.LibT type) {
        return true;
    }

    static boolean isFile(PyType t) {
        return FILE.equals(t);
    }

    /** {@code open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None)}. */
    static FunctionTranslator.Val open(FunctionTranslator ft, Expr.Call c) {
        Map<String, Expr> a = LibraryArgs.bind(c, "open",
                List.of("file", "mode", "buffering", "encoding", "errors", "newline"), 1);
        String mode = mode(a.get("mode"));
        RExpr path = LibraryArgs.path(ft, a.get("file"), "open");
        checkTextOptions(a, "open");
        return val(ft.tryOf(RExpr.call("io::open", path, new RExpr.Atom(RustLiterals.string(mode)))), FILE);
    }

    /** The mode, a str literal of a supported text mode. */
    static String mode(Expr e) {
        if (e == null) {
            return "r";
        }
        if (!(e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s)) {
            throw Unsupported.construct("open() mode that is not a str literal", e);
        }
        String mode = s.value();
        if (mode.contains("b")) {
            throw Unsupported.construct("binary file mode '" + mode + "' (only text files)", e);
        }
        if (!MODES.contains(mode.replaceFirst("t", ""))) {
            throw Unsupported.construct("open() mode '" + mode + "' (only r, w, a, x and r+)", e);
        }
        return mode;
    }

    /** encoding= (None or UTF-8), errors= (None) and newline= (None), as literals; buffering= is refused. */
    static void checkTextOptions(Map<String, Expr> a, String fn) {
        if (a.containsKey("buffering")) {
            throw Unsupported.construct(fn + "() with buffering=", a.get("buffering"));
        }
        Expr enc = a.get("encoding");
        if (!LibraryArgs.none(enc) && !(enc instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s
                && UTF8.contains(s.value().toLowerCase(java.util.Locale.ROOT)))) {
            throw Unsupported.construct(fn + "() encoding other than UTF-8 (a literal)", enc);
        }
        for (String opt : List.of("errors", "newline")) {
            if (!LibraryArgs.none(a.get(opt))) {
                throw Unsupported.construct(fn + "() with " + opt + "= other than None", a.get(opt));
            }
        }
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        RExpr r = recv.code();
        switch (method) {
            case "read", "readline" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("size"), 0);
                RExpr n = new RExpr.Atom("-1");
                if (!LibraryArgs.none(a.get("size"))) {
                    FunctionTranslator.Val v = ft.expr(a.get("size"), PyType.INT);
                    RExpr asInt = BoolNumbers.intArgument(ft, v);
                    if (asInt == null) {
                        throw Unsupported.type("argument should be integer or None, not '" + v.type().python() + "'",
                                a.get("size"));
                    }
                    n = asInt;
                }
                return val(ft.tryOf(RExpr.method(r, method, n)), PyType.STR);
            }
            case "readlines" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(ft.tryOf(RExpr.method(r, "readlines")), new PyType.ListT(PyType.STR));
            }
            case "write" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("s"), 1);
                FunctionTranslator.Val s = ft.expr(a.get("s"), PyType.STR);
                if (s.type() != PyType.STR) {
                    throw Unsupported.type("write() argument must be str, not " + s.type().python(), a.get("s"));
                }
                return val(ft.tryOf(RExpr.method(r, "write", ft.strRef(s))), PyType.INT);
            }
            case "writelines" -> {
                Map<String, Expr> a = LibraryArgs.bind(c, method, List.of("lines"), 1);
                FunctionTranslator.Val lines = ft.expr(a.get("lines"), new PyType.ListT(PyType.STR));
                if (!PyType.STR.equals(FunctionTranslator.elementOf(lines.type(), a.get("lines")))) {
                    throw Unsupported.type("writelines() of " + lines.type().python() + " (str items expected)",
                            a.get("lines"));
                }
                return val(ft.tryOf(RExpr.method(r, "writelines", ft.iterVec(lines, a.get("lines")))), PyType.NONE);
            }
            case "close", "flush" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(ft.tryOf(RExpr.method(r, method)), PyType.NONE);
            }
            case "readable", "writable" -> {
                LibraryArgs.bind(c, method, List.of(), 0);
                return val(ft.tryOf(RExpr.method(r, method)), PyType.BOOL);
            }
            default -> throw Unsupported.construct("method '" + method + "' of a text file", c);
        }
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        return switch (attr) {
            case "closed" -> val(RExpr.method(recv.code(), "closed"), PyType.BOOL);
            case "name", "mode" -> val(RExpr.method(recv.code(), attr), PyType.STR);
            default -> throw Unsupported.construct("attribute '" + attr + "' of a text file", at);
        };
    }

    /**
     * {@code e.errno}, {@code e.strerror}, {@code e.filename} of a caught exception: CPython's
     * values for an OSError (None where it was raised without them), AttributeError for any other
     * exception; null for another attribute.
     */
    static FunctionTranslator.Val exceptionAttribute(FunctionTranslator ft, FunctionTranslator.Val e, String attr) {
        if (!OS_ERROR_FIELDS.contains(attr)) {
            return null;
        }
        PyType t = new PyType.OptionalT(attr.equals("errno") ? PyType.INT : PyType.STR);
        return val(ft.tryOf(RExpr.call("io::" + attr, ft.ref(e), new RExpr.Atom("user_exception_base"))), t);
    }

    /** The exception class an except clause names in this module ({@code io.UnsupportedOperation}), or null. */
    static String exceptionClass(FunctionTranslator ft, Expr e) {
        boolean named = false;
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof IoModule) {
            named = a.attr().equals("UnsupportedOperation");
        } else if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            named = m.module() instanceof IoModule && m.member().equals("UnsupportedOperation");
        }
        return named ? "io.UnsupportedOperation" : null;
    }

    /**
     * {@code print(..., file=f)}: the line laid out with {@code format!} (print's format string and
     * arguments) into a temporary, then the file expression evaluated, as Python evaluates the
     * keyword argument after the positional ones, and the line written to it ({@code flush=True}:
     * and flushed).
     */
    static FunctionTranslator.Val print(FunctionTranslator ft, Expr file, String fmt, List<RExpr> args, boolean flush) {
        List<RExpr> all = new java.util.ArrayList<>();
        all.add(new RExpr.Atom("\"" + fmt + "\""));
        all.addAll(args);
        Local line = ft.temp("line", PyType.STR);
        ft.emit(new RStmt.Let(line, false, new RExpr.Macro("format", all, false, true)));
        FunctionTranslator.Val f = ft.expr(file, null);
        if (!isFile(f.type())) {
            throw Unsupported.construct("print(file=...) to anything but sys.stdout, sys.stderr or a text file", file);
        }
        RExpr written = ft.tryOf(RExpr.method(f.code(), "print", new RExpr.Atom(line.rust())));
        if (!flush) {
            return val(written, PyType.NONE);
        }
        ft.emit(new RStmt.Expr(written)); // flush=True: the line reaches the file now
        return val(ft.tryOf(RExpr.method(f.code(), "flush")), PyType.NONE);
    }

    /**
     * A value iterated lazily ({@code enumerate(f)}, {@code zip(f, g)}, {@code next(f)}): a text
     * file as a generator of its lines, each read when it is asked for, sharing the file's position;
     * any other value as it is.
     */
    static FunctionTranslator.Val asLines(FunctionTranslator ft, FunctionTranslator.Val v) {
        if (!isFile(v.type())) {
            return v;
        }
        return val(RExpr.method(v.code(), "lines"), new PyType.GenT(PyType.STR));
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
