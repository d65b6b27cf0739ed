package io.portalis.accel.rust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits a hierarchy's static methods and class methods as associated functions of its struct. In
 * a hierarchy of several classes each takes the class it is called on as a tag ({@code class:
 * RootClass}): a class method's {@code cls}, and what an override is chosen by. A class method
 * that calls {@code cls(...)} constructs through {@code new_of_class}, which picks the class's
 * constructor by the tag. Part of {@link ClassEmitter}'s output.
 */
final class ClassLevelMethods {
    private ClassLevelMethods() {}

    /** The parameter that carries the class a static or class method was called on. */
    static final String CLASS_PARAM = "class";

    /** The name of the constructor that takes the class as a tag. */
    static final String CONSTRUCTOR = "new_of_class";

    /** Whether a hierarchy's static and class methods take the class as a tag (it has more than one class). */
    static boolean tagged(ClassInfo c) {
        return c.root().family().size() > 1;
    }

    private static String classType(ClassInfo root) {
        return root.rustName() + "Class";
    }

    private static String tag(ClassInfo root, ClassInfo c) {
        return classType(root) + "::" + c.name();
    }

    /** One implementation: {@code fn name(class: RootClass, params) -> py::PyResult<R>}. */
    static String method(ClassInfo root, ClassEmitter.MethodBody m) {
        RustPrinter p = new RustPrinter();
        List<String> params = new ArrayList<>();
        if (tagged(root)) {
            params.add(CLASS_PARAM + ": " + classType(root));
        }
        for (FunctionSig.Param prm : m.sig().params()) {
            String n = ModuleScope.ident(prm.name());
            params.add((m.mutableParams().contains(prm.name()) ? "mut " : "") + n + ": " + prm.type().rust());
        }
        header(p, "fn " + ClassEmitter.implName(m.owner(), m.python()), params, "py::PyResult<" + m.sig().returns().rust() + ">");
        RustPrinter inner = new RustPrinter();
        inner.stmts(m.body(), 8);
        p.raw(inner.text());
        p.line(4, "}");
        return p.text();
    }

    /** The dispatcher of a static or class method some classes of the hierarchy override: by the tag. */
    static String dispatcher(ClassInfo root, String python, FunctionSig sig) {
        RustPrinter p = new RustPrinter();
        List<String> params = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        params.add(CLASS_PARAM + ": " + classType(root));
        args.add(new RExpr.Atom(CLASS_PARAM));
        for (FunctionSig.Param prm : sig.params()) {
            params.add(ModuleScope.ident(prm.name()) + ": " + prm.type().rust());
            args.add(new RExpr.Atom(ModuleScope.ident(prm.name())));
        }
        header(p, "fn " + ClassEmitter.methodName(python), params, "py::PyResult<" + sig.returns().rust() + ">");
        p.line(8, "match " + CLASS_PARAM + " {");
        Map<ClassInfo, List<ClassInfo>> byOwner = new LinkedHashMap<>();
        List<ClassInfo> missing = new ArrayList<>();
        for (ClassInfo c : root.family()) {
            ClassInfo owner = c.resolve(python);
            if (owner == null) {
                missing.add(c);
            } else {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<ClassInfo, List<ClassInfo>> e : byOwner.entrySet()) {
            String pattern = String.join(" | ", e.getValue().stream().map(c -> tag(root, c)).toList());
            arm(p, pattern, new RExpr.Call(root.rustName() + "::" + ClassEmitter.implName(e.getKey(), python), args));
        }
        for (ClassInfo c : missing) {
            arm(p, tag(root, c), RExpr.call("py::fatal", new RExpr.Atom("\"AttributeError\""),
                    new RExpr.Atom("\"type object '" + c.name() + "' has no attribute '" + python + "'\"")));
        }
        p.line(8, "}");
        p.line(4, "}");
        return p.text();
    }

    /** The name of a cached property's body: {@code <name>_uncached}. */
    static String uncached(ClassEmitter.MethodBody m) {
        return ClassEmitter.implName(m.owner(), m.python()).replaceAll("_$", "") + "_uncached";
    }

    /**
     * A cached property's read: the object's attribute when it holds a value (computed before, or
     * assigned), else the body's result, stored there first (CPython's cached_property keeps it
     * in the instance's {@code __dict__}).
     */
    static String cachedProperty(ClassEmitter.MethodBody m) {
        RustPrinter p = new RustPrinter();
        String field = FunctionTranslator.fieldName(m.python());
        p.line(4, "fn " + ClassEmitter.implName(m.owner(), m.python()) + "(&self) -> py::PyResult<"
                + m.sig().returns().rust() + "> {");
        p.line(8, "if let Some(value) = self.0.borrow()." + field + ".clone() {");
        p.line(12, "return Ok(value);");
        p.line(8, "}");
        p.line(8, "let value = self." + uncached(m) + "()?;");
        p.line(8, "self.set_" + field + "(value.clone());");
        p.line(8, "Ok(value)");
        p.line(4, "}");
        return p.text();
    }

    /** Whether some class of the hierarchy has a class method (which may construct through the tag). */
    static boolean needsConstructorOfClass(ClassInfo root) {
        return tagged(root) && uniformConstructors(root) && root.family().stream()
                .anyMatch(c -> c.methods().keySet().stream().anyMatch(m -> c.decorated().kind(m) == DecoratedMethods.Kind.CLASS));
    }

    /**
     * Whether every class of the hierarchy is constructed with the same arguments: the same
     * {@code __init__}, or ones whose parameters have the same names and types and no defaults.
     */
    static boolean uniformConstructors(ClassInfo root) {
        FunctionSig first = root.signature("__init__");
        ClassInfo firstOwner = root.resolve("__init__");
        for (ClassInfo c : root.family()) {
            if (c.exception()) {
                return false;
            }
            if (c.resolve("__init__") == firstOwner) {
                continue;
            }
            FunctionSig sig = c.signature("__init__");
            if (first == null || sig == null || first.params().size() != sig.params().size()) {
                return false;
            }
            for (int i = 0; i < sig.params().size(); i++) {
                FunctionSig.Param a = first.params().get(i);
                FunctionSig.Param b = sig.params().get(i);
                if (!a.name().equals(b.name()) || !a.type().equals(b.type()) || a.kind() != b.kind()
                        || a.defaultValue() != null || b.defaultValue() != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code fn new_of_class(class: RootClass, params) -> py::PyResult<Root>}: each class's constructor. */
    static String constructorOfClass(ClassInfo root) {
        RustPrinter p = new RustPrinter();
        FunctionSig init = root.signature("__init__");
        List<String> params = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        params.add(CLASS_PARAM + ": " + classType(root));
        if (init != null) {
            for (FunctionSig.Param prm : init.params()) {
                params.add(ModuleScope.ident(prm.name()) + ": " + prm.type().rust());
                args.add(new RExpr.Atom(ModuleScope.ident(prm.name())));
            }
        }
        header(p, "fn " + CONSTRUCTOR, params, "py::PyResult<" + root.rustName() + ">");
        p.line(8, "match " + CLASS_PARAM + " {");
        for (ClassInfo c : root.family()) {
            arm(p, tag(root, c), new RExpr.Call(root.rustName() + "::" + ClassEmitter.constructor(c), args));
        }
        p.line(8, "}");
        p.line(4, "}");
        return p.text();
    }

    private static void arm(RustPrinter p, String pattern, RExpr value) {
        String head = pattern + " => ";
        RustPrinter inner = new RustPrinter();
        String text = inner.expr(value, 12, 12 + head.length(), 1);
        p.line(12, head + text + ",");
    }

    /** {@code fn name(params) -> ret {}, broken one parameter per line when too long. */
    private static void header(RustPrinter p, String fnName, List<String> params, String ret) {
        String one = fnName + "(" + String.join(", ", params) + ") -> " + ret + " {";
        if (4 + RustPrinter.width(one) <= RustPrinter.MAX_WIDTH) {
            p.line(4, one);
            return;
        }
        p.line(4, fnName + "(");
        for (String a : params) {
            p.line(8, a + ",");
        }
        p.line(4, ") -> " + ret + " {");
    }
}
