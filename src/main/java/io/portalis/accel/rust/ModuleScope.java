package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The module-level names a function body can see: classes, functions, constants. */
final class ModuleScope {

    /**
     * A module-level constant: a Rust {@code const} for an int, float, bool or str literal, or a
     * thread-local handle ({@code global}) for a list, dict, set or tuple display.
     */
    record Constant(String rustName, PyType type, RExpr value, boolean global) {
        Constant(String rustName, PyType type, RExpr value) {
            this(rustName, type, value, false);
        }
    }

    /**
     * A module-level variable that changes while the program runs (rebound through
     * {@code global}, or assigned more than once): a {@code py::Global} cell, unbound until
     * its first assignment.
     */
    record Global(String python, String rustName, PyType type) {
        /** {@code py::load(&NAME, "name")}: NameError while unbound. */
        RExpr load() {
            return RExpr.call("py::load", new RExpr.Atom("&" + rustName), new RExpr.Atom("\"" + python + "\""));
        }

        RExpr store(RExpr value) {
            return RExpr.call("py::store", new RExpr.Atom("&" + rustName), value);
        }
    }

    static final Set<String> BUILTIN_EXCEPTIONS = Set.of(
            "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
            "LookupError", "IndexError", "KeyError", "ValueError", "TypeError", "RuntimeError",
            "NotImplementedError", "AssertionError", "AttributeError", "RecursionError", "UnicodeError",
            "NameError", "UnboundLocalError", "StopIteration", "GeneratorExit", "SystemExit", "EOFError",
            "UnicodeDecodeError", "UnicodeEncodeError", "OSError", "FileNotFoundError", "FileExistsError",
            "IsADirectoryError", "NotADirectoryError", "PermissionError", "InterruptedError", "TimeoutError",
            "BlockingIOError", "ChildProcessError", "ProcessLookupError", "ConnectionError", "BrokenPipeError",
            "ConnectionAbortedError", "ConnectionResetError", "ConnectionRefusedError");

    /** Whether a builtin exception class is OSError or one of its subclasses. */
    static boolean osError(String name) {
        return BUILTIN_EXCEPTIONS.contains(name) && (name.equals("OSError") || name.endsWith("Error")
                && Set.of("FileNotFoundError", "FileExistsError", "IsADirectoryError", "NotADirectoryError",
                "PermissionError", "InterruptedError", "TimeoutError", "BlockingIOError", "ChildProcessError",
                "ProcessLookupError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
                "ConnectionResetError", "ConnectionRefusedError").contains(name));
    }

    private static final Set<String> RUST_KEYWORDS = Set.of(
            "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
            "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
            "ref", "return", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
            "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try", "gen", "union");

    /** Names the generated code uses at the top level, which user names must not take. */
    private static final Set<String> TAKEN = Set.of(
            "main", "run_module", "py", "user_exception_base", "attempt", "Rc", "RefCell", "Show", "Format",
            "Option", "Some", "None", "Ok", "Err", "Result", "String", "Vec", "Box", "Self", "self", "std", "core",
            "print", "println", "format", "vec", "matches", "yielder", "PORTALIS_DOCTESTS", "portalis_doctests");

    final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    /** Names bound by {@code from enum/abc/dataclasses import ...} ({@link ClassFormImports}). */
    final java.util.Set<String> classFormNames = new java.util.HashSet<>();
    /** The classes {@code P = collections.namedtuple(...)} statements make ({@link NamedTupleCalls}). */
    final java.util.Set<Stmt.ClassDef> namedTupleCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Classes of other modules of the project, by the names this module's imports bind (never emitted here). */
    final Map<String, ClassInfo> importedClasses = new LinkedHashMap<>();
    /** Whether this is a module of a project (a crate): its Globals that start bound get their first value. */
    boolean projectModule;
    /** The first values of the module's Globals ({@link GlobalInitials}; project modules only). */
    final GlobalInitials globalInitials = new GlobalInitials();
    /** Classes whose base another project module defines: they wait until it is bound. */
    ImportedBases importedBases = ImportedBases.none();
    /** The standard-library modules and members the module imports, by the names it binds. */
    final StdlibImports stdlib = new StdlibImports();
    /** The check stage's scopes and name facts for this module. */
    io.portalis.accel.python.semantics.NameResolution names;
    /** The module's match statements, lowered to ifs before the check ({@link MatchStatements}). */
    MatchStatements matches;
    /** The names of {@link TypingForms} this module imports from typing. */
    final java.util.Set<String> typingForms = new java.util.HashSet<>();
    /** Set when the module's translation starts: how CPython builds its frozenset constants. */
    FrozensetConstants frozensets;
    /**
     * Whether {@code float} annotations are {@link PyType#NUM} slots, which may hold ints: set for
     * the second translation of a module whose first one found an int in a float slot
     * ({@link NumericTower}).
     */
    boolean intsInFloats;
    /** How each parameter annotated with an abstract collection is lowered ({@link AbstractCollections}), by identity. */
    final Map<FunctionSig.Param, AbstractCollections.Lowering> abstractParams = new java.util.IdentityHashMap<>();
    /** Whether {@code int} slots are {@link PyType#BIG} ({@code int::Int}): see {@link IntRepresentation}. */
    boolean bigInts;
    /** The first statement whose output depends on the order of a set holding str, or null. */
    private io.portalis.accel.python.ast.Node strSetOrder;

    void noteStrSetOrder(io.portalis.accel.python.ast.Node at) {
        if (at != null && (strSetOrder == null || at.start() < strSetOrder.start())) {
            strSetOrder = at;
        }
    }

    io.portalis.accel.python.ast.Node strSetOrder() {
        return strSetOrder;
    }
    /** Where the module's doctest functions start in its source (see DoctestProgram), or -1 when it has none. */
    int doctestsFrom = -1;
    /** Whether the module's doctests were looked for (the crate layout looks; the files layout does not). */
    boolean doctestsPlanned;
    /** Whether the module's Rust has the table of its doctests (DoctestTable). */
    boolean doctestTable;
    /** The module's path below the source folder, which doctest reports name. */
    String doctestSource = "";
    final Map<String, FunctionSig> functions = new LinkedHashMap<>();
    /** The module's TypeVars and protocols, and what they stand for in the instance being typed. */
    final TypeParameters typeVars = new TypeParameters();
    /** The module functions' parameter and return types left to their uses (ImplicitTypes). */
    final ImplicitTypes implicit = new ImplicitTypes(typeVars);
    /** Module functions translated once per set of argument types ({@link GenericFunctions}). */
    final GenericFunctions generics = new GenericFunctions(this);
    /** User classes derived from Generic[...], declared once per set of type arguments ({@link GenericClasses}). */
    final GenericClasses genericClasses = new GenericClasses(this);
    final Map<String, Constant> constants = new LinkedHashMap<>();
    /** Module functions used as values, each held in a thread-local closure. */
    final java.util.Set<String> functionValues = new java.util.LinkedHashSet<>();
    /** The decorators of the module's functions (functools caches, user decorators). */
    final FunctionDecorators functionDecorators = new FunctionDecorators();
    final Map<String, Global> globals = new LinkedHashMap<>();
    /** Generator functions whose closing can be seen (see GeneratorFunction#closable). */
    final Set<String> closableGenerators = new java.util.HashSet<>();

    /** A Python identifier as a Rust identifier: keywords become raw, clashes get a suffix. */
    static String ident(String name) {
        if (name.equals("self") || name.equals("Self") || name.equals("super") || name.equals("crate")) {
            return name + "_";
        }
        if (TAKEN.contains(name) || StdlibModules.runtimeModule(name)) {
            return name + "_";
        }
        if (RUST_KEYWORDS.contains(name)) {
            return "r#" + name;
        }
        if (name.equals("_")) {
            // A Python variable like any other (it may be read, and bound by two loops, which
            // declares it once above them); Rust's `_` is only a pattern.
            return "_underscore";
        }
        return name;
    }

    /** CamelCase to snake_case, for method names derived from class names. */
    static String snake(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))))) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    ClassInfo classOf(String name) {
        ClassInfo own = classes.get(name);
        return own != null ? own : importedClasses.get(name);
    }

    /**
     * The class name an exception is raised and caught by: a class imported from another module
     * under another local name ({@code as}, or a module attribute) keeps its own name.
     */
    String exceptionKind(String name) {
        ClassInfo c = importedClasses.get(name);
        return c != null && !classes.containsKey(name) ? c.name() : name;
    }

    boolean isException(String name) {
        if (BUILTIN_EXCEPTIONS.contains(name)) {
            return true;
        }
        ClassInfo c = classOf(name);
        return (c != null && c.exception()) || StatisticsModule.exception(stdlib.member(name), name);
    }

    /** The names {@code import typing} / {@code import collections.abc} bind, read in annotations only. */
    final Set<String> typingModules = new java.util.HashSet<>();
    /** The class whose method signature is being read: what {@code Self} means there; else null. */
    ClassInfo selfClass;

    /** Whether an annotation takes its type from the assigned value (bare {@code list}, bare {@code Final}). */
    boolean fromValue(Expr annotation) {
        return AnnotationForms.fromValue(annotation, typingModules) || QueueModule.bare(this, annotation);
    }

    /** The expression a string annotation spells, or null when it is no single expression. */
    private static Expr stringAnnotation(String text) {
        io.portalis.accel.python.parser.ParseResult r = io.portalis.accel.python.parser.PythonParser.parse(
                io.portalis.accel.python.lexer.CpuLexer.lex(("(" + text + ")\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (!r.ok() || r.module().body().size() != 1 || !(r.module().body().get(0) instanceof Stmt.Expr x)) {
            return null;
        }
        return x.value();
    }

    /** Module-level type aliases ({@link AnnotationForms#declaresAlias}): name to the aliased type expression. */
    private final java.util.Map<String, Expr> typeAliases = new java.util.HashMap<>();
    private final java.util.Set<String> aliasesBeingRead = new java.util.HashSet<>();

    /** Module-level NewTypes ({@code UserId = NewType("UserId", int)}): name to the base type expression. */
    private final java.util.Map<String, Expr> newTypes = new java.util.HashMap<>();

    /** The base type of the NewType {@code name} (its values are the base type's, as at run time), or null. */
    PyType newType(String name) {
        return newTypes.containsKey(name) ? annotation(newTypes.get(name)) : null;
    }

    /** Records {@code s} when it declares a type alias or a NewType; whether it does. */
    boolean typeAlias(Stmt s) {
        if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                && a.value() instanceof Expr.Call c && c.args().size() == 2 && c.keywords().isEmpty()
                && AnnotationForms.isTypingName(c.func(), "NewType", typingModules)
                && c.args().get(0) instanceof Expr.Constant k
                && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.Str str && str.value().equals(target.id())) {
            newTypes.put(target.id(), c.args().get(1));
            typeAliases.put(target.id(), c.args().get(1));
            return true;
        }
        if (!AnnotationForms.declaresAlias(s, typingModules)) {
            return false;
        }
        if (s instanceof Stmt.AnnAssign a) {
            typeAliases.put(((Expr.Name) a.target()).id(), a.value());
        } else {
            Stmt.Assign a = (Stmt.Assign) s;
            typeAliases.put(((Expr.Name) a.targets().get(0)).id(), a.value());
        }
        return true;
    }

    /** The type a type alias names, read where it is used. */
    private PyType aliased(String name, Expr at) {
        if (!aliasesBeingRead.add(name)) {
            throw Unsupported.construct("recursive type alias '" + name + "'", at);
        }
        try {
            return annotation(typeAliases.get(name));
        } finally {
            aliasesBeingRead.remove(name);
        }
    }

    /** Reads a type annotation. */
    PyType annotation(Expr e) {
        PyType typeParameter = typeVars.annotation(e);
        typeParameter = typeParameter != null ? typeParameter : genericClasses.annotation(e);
        if (typeParameter != null) {
            return typeParameter;
        }
        e = AnnotationForms.normalize(e, typingModules);
        if (TypingForms.typeGuard(e, this)) {
            return PyType.BOOL; // a TypeGuard function returns a bool; the check stage narrows its argument
        }
        if (e instanceof Expr.Constant c && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.None) {
            return PyType.NONE;
        }
        if (e instanceof Expr.Constant c && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.Str s) {
            ClassInfo info = classOf(s.value());
            if (info != null) {
                return new PyType.ClassT(info);
            }
            Expr parsed = stringAnnotation(s.value());
            if (parsed != null) {
                // A forward reference ('Leaf | Pair'): the type the text spells, read as written there.
                try {
                    return annotation(parsed);
                } catch (Unsupported u) {
                    throw Unsupported.construct("string annotation '" + s.value() + "'", e);
                }
            }
            throw Unsupported.construct("string annotation '" + s.value() + "'", e);
        }
        if (e instanceof Expr.Name n) {
            switch (n.id()) {
                case "int":
                    return bigInts ? PyType.BIG : PyType.INT;
                case "float":
                    return intsInFloats ? PyType.NUM : PyType.FLOAT;
                case "str":
                    return PyType.STR;
                case "bool":
                    return PyType.BOOL;
                case "None":
                    return PyType.NONE;
                case "TextIO": // typing.TextIO: what open() returns in text mode
                    return IoModule.FILE;
                case "list", "dict", "set", "tuple", "List", "Dict", "Set", "Tuple":
                    throw Unsupported.type("bare '" + n.id() + "' annotation gives no element type here; write "
                            + n.id().toLowerCase(Locale.ROOT) + "[...] (a bare one is read only where a value is assigned with it)", e);
                case "Final":
                    throw Unsupported.type("bare 'Final' without a value; write Final[T]", e);
                case "NoReturn", "Never":
                    // A function that never returns (mypy checks that it always raises): its Rust
                    // function returns PyResult<()>, always an Err.
                    return PyType.NONE;
                case "Any", "object":
                    // A value of any type: passed on, stored, printed, tested with isinstance (UnionValues).
                    return new PyType.UnionT(java.util.List.of(), n.id());
                case "Self":
                    if (selfClass == null) {
                        throw Unsupported.construct("Self outside a method's signature", e);
                    }
                    return new PyType.ClassT(selfClass);
                default:
                    ClassInfo info = classOf(n.id());
                    if (info != null && (!info.exception() || info.objectException())) {
                        return new PyType.ClassT(info);
                    }
                    if (isException(n.id())) {
                        // Any exception, as a caught one is: its class is known only when raised.
                        return PyType.EXC;
                    }
                    StdlibImports.Member imported = stdlib.member(n.id());
                    if (imported != null) {
                        // A standard-library class without type arguments (random.Random).
                        return imported.module().annotation(imported.member(), java.util.List.of(), e);
                    }
                    if (typeAliases.containsKey(n.id())) {
                        return aliased(n.id(), e);
                    }
                    throw Unsupported.construct("type annotation '" + n.id() + "'", e);
            }
        }
        if (e instanceof Expr.BinOp b && b.op() == io.portalis.accel.python.ast.Operator.BitOr) {
            return union(e);
        }
        StdlibImports.Member libClass = stdlibClass(e instanceof Expr.Subscript s ? s.value() : e);
        if (libClass != null) {
            java.util.List<Expr> args = !(e instanceof Expr.Subscript s) ? java.util.List.of()
                    : s.slice() instanceof Expr.Tuple t ? t.elts() : java.util.List.of(s.slice());
            return libClass.module().annotation(libClass.member(), args.stream().map(this::annotation).toList(), e);
        }
        if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Name n) {
            java.util.List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : java.util.List.of(s.slice());
            switch (n.id()) {
                case "list":
                case "List":
                    return new PyType.ListT(one(args, e));
                case "set":
                case "Set":
                    PyType el = one(args, e);
                    PyType.requireSetElement(el, e);
                    return new PyType.SetT(el);
                case "dict":
                case "Dict":
                    if (args.size() != 2) {
                        throw Unsupported.type("dict annotation needs key and value types", e);
                    }
                    PyType k = annotation(args.get(0));
                    if (!PyType.hashable(k)) {
                        throw Unsupported.construct("dict keyed by " + k.python(), e);
                    }
                    return new PyType.DictT(k, annotation(args.get(1)));
                case "tuple":
                case "Tuple":
                    if (args.size() == 2 && args.get(1) instanceof Expr.Constant c
                            && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.Ellipsis) {
                        // tuple[T, ...]: a tuple of any length, as a function's *args is.
                        return new PyType.VarTupleT(annotation(args.get(0)));
                    }
                    if (args.stream().anyMatch(a -> a instanceof Expr.Constant c
                            && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.Ellipsis)) {
                        throw Unsupported.construct("variable-length tuple type", e);
                    }
                    if (args.size() > 6) {
                        throw Unsupported.construct("tuple of more than 6 items", e);
                    }
                    return new PyType.TupleT(args.stream().map(this::annotation).toList());
                case "Optional":
                    return optional(one(args, e), e);
                case "Callable":
                    return callable(args, e);
                case "Iterator":
                case "Iterable":
                    return new PyType.GenT(one(args, e));
                case "Generator":
                    if (args.size() != 3 || !isNone(args.get(1)) || !isNone(args.get(2))) {
                        throw Unsupported.construct("Generator[...] with a send or return type (only Generator[T, None, None])", e);
                    }
                    return new PyType.GenT(annotation(args.get(0)));
                default:
                    throw Unsupported.construct("type annotation '" + n.id() + "[...]'", e);
            }
        }
        throw Unsupported.construct("this type annotation", e);
    }

    /**
     * {@code A | B | None} ({@code Union}, {@code Optional}): the members' one type (the same
     * type written twice, or user classes read as their nearest common base class, whose methods
     * dispatch on the object's own class as Python's do), Optional when None is a member.
     */
    private PyType union(Expr e) {
        java.util.List<Expr> members = AnnotationForms.unionMembers(e);
        boolean none = members.stream().anyMatch(ModuleScope::isNone);
        java.util.List<PyType> types = new java.util.ArrayList<>();
        for (Expr m : members) {
            if (isNone(m)) {
                continue;
            }
            PyType t = annotation(m);
            int family = -1;
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) instanceof PyType.ClassT a && t instanceof PyType.ClassT b && commonBase(a.info(), b.info()) != null) {
                    family = i;
                }
            }
            if (family >= 0) {
                // Classes of one family are their nearest common base, whose methods dispatch on the object's class.
                PyType.ClassT a = (PyType.ClassT) types.get(family);
                types.set(family, new PyType.ClassT(commonBase(a.info(), ((PyType.ClassT) t).info())));
            } else if (!types.contains(t)) {
                types.add(t);
            }
        }
        PyType common;
        if (types.isEmpty()) {
            return PyType.NONE;
        } else if (types.size() == 1) {
            common = types.get(0);
        } else if (types.size() == 2 && types.contains(PyType.INT)
                && (types.contains(PyType.FLOAT) || types.contains(PyType.NUM))) {
            common = PyType.NUM; // int | float: an int or a float, as py::Num holds in any module
        } else {
            common = UnionValues.of(types, e);
        }
        return none ? optional(common, e) : common;
    }

    private static ClassInfo commonBase(ClassInfo a, ClassInfo b) {
        for (ClassInfo x = a; x != null; x = x.base()) {
            for (ClassInfo y = b; y != null; y = y.base()) {
                if (x.name().equals(y.name())) {
                    return x;
                }
            }
        }
        return null;
    }

    /** A standard-library class named in an annotation ({@code deque} imported, or {@code collections.deque}), or null. */
    private StdlibImports.Member stdlibClass(Expr e) {
        if (e instanceof Expr.Name n) {
            return stdlib.member(n.id());
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && stdlib.module(n.id()) != null) {
            return new StdlibImports.Member(stdlib.module(n.id()), a.attr());
        }
        return null;
    }

    /** {@code Callable[[A, B], R]}: fixed positional parameters and a return type. */
    private PyType callable(java.util.List<Expr> args, Node at) {
        if (args.size() != 2 || !(args.get(0) instanceof Expr.List params)) {
            throw Unsupported.construct("Callable without a parameter list (Callable[..., R])", at);
        }
        PyType ret = annotation(args.get(1));
        return new PyType.FuncT(params.elts().stream().map(this::annotation).toList(), ret);
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.None;
    }

    private static PyType optional(PyType inner, Node at) {
        if (inner instanceof PyType.OptionalT || inner == PyType.NONE) {
            throw Unsupported.type("nested Optional", at);
        }
        return new PyType.OptionalT(inner);
    }

    private PyType one(java.util.List<Expr> args, Node at) {
        if (args.size() != 1) {
            throw Unsupported.type("expected one type argument", at);
        }
        return annotation(args.get(0));
    }
}
