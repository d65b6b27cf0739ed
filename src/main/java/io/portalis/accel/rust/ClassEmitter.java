package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits one class hierarchy as Rust: a shared handle struct named after the root class, a data
 * struct with every attribute of every class in it (each {@code Option}, since Python objects
 * gain attributes as {@code __init__} runs), a tag enum saying which class an object is,
 * accessors, constructors, the methods (overridden ones dispatched on the tag), and the
 * {@code Show} and {@code PartialEq} impls behind {@code print} and {@code ==}.
 */
final class ClassEmitter {

    /** A translated method body, ready to print. */
    record MethodBody(ClassInfo owner, String python, FunctionSig sig, List<RStmt> body, Set<String> mutableParams) {}

    private final ClassInfo root;
    private final List<ClassInfo> family;
    private final Map<String, List<MethodBody>> bodies;
    private final RustPrinter p = new RustPrinter();

    private ClassEmitter(ClassInfo root, List<MethodBody> methods) {
        this.root = root;
        this.family = root.family();
        this.bodies = new LinkedHashMap<>();
        for (MethodBody m : methods) {
            bodies.computeIfAbsent(m.python(), k -> new ArrayList<>()).add(m);
        }
    }

    static String emit(ClassInfo root, List<MethodBody> methods) {
        ClassEmitter e = new ClassEmitter(root, methods);
        e.run();
        return e.p.text();
    }

    // ------------------------------------------------------------------ naming

    private static boolean lone(ClassInfo c) {
        return c.root().family().size() == 1;
    }

    /** The constructor's name: {@code new}, or {@code new_<class>} in a hierarchy. */
    static String constructor(ClassInfo c) {
        return lone(c) ? "new" : "new_" + ModuleScope.snake(c.name());
    }

    /** The Rust name a method call uses (the only implementation, or the dispatcher). */
    static String methodName(String python) {
        return switch (python) {
            case "__init__" -> "init";
            case "__str__" -> "to_str";
            case "__repr__" -> "to_repr";
            case "__len__" -> "len";
            default -> {
                String id = ModuleScope.ident(python);
                yield switch (id) {
                    case "class", "class_name", "blank", "clone", "eq", "new", "exception_str", "exception_repr" -> id + "_";
                    default -> id.startsWith("get_") || id.startsWith("set_") || id.startsWith("is_") ? "m_" + id : id;
                };
            }
        };
    }

    private static int implementations(ClassInfo root, String python) {
        int n = 0;
        for (ClassInfo c : root.family()) {
            if (c.methods().containsKey(python) || (c.dataclass() && (python.equals("__init__") || python.equals("__repr__"))
                    && !c.methods().containsKey(python))) {
                n++;
            }
        }
        return n;
    }

    /** The name of one class's implementation of a method. */
    static String implName(ClassInfo owner, String python) {
        String base = methodName(python);
        if (implementations(owner.root(), python) > 1) {
            return ModuleScope.snake(owner.name()) + "_" + base.replaceAll("_$", "");
        }
        return base;
    }

    String tag(ClassInfo c) {
        return root.rustName() + "Class::" + c.name();
    }

    // ------------------------------------------------------------------ emission

    private void run() {
        String name = root.rustName();
        List<String> names = family.stream().map(ClassInfo::name).toList();
        ClassAttributes.cells(family, p);
        p.line(0, "/// Python class" + (family.size() > 1 ? "es " + String.join(", ", names) : " " + root.name()) + ".");
        if (family.size() > 1) {
            p.line(0, "#[derive(Clone, Copy, PartialEq)]");
            p.line(0, "enum " + name + "Class {");
            for (ClassInfo c : family) {
                p.line(4, c.name() + ",");
            }
            p.line(0, "}");
            p.blank();
        }
        Map<String, PyType> fields = new LinkedHashMap<>();
        for (ClassInfo c : family) {
            fields.putAll(c.allFields());
        }
        if (fields.isEmpty() && family.size() == 1) {
            p.line(0, "struct " + name + "Data {}"); // as rustfmt writes a struct without fields
        } else {
            p.line(0, "struct " + name + "Data {");
            if (family.size() > 1) {
                p.line(4, "class: " + name + "Class,");
            }
            for (Map.Entry<String, PyType> f : fields.entrySet()) {
                p.line(4, FunctionTranslator.fieldName(f.getKey()) + ": Option<" + f.getValue().rust() + ">,");
            }
            p.line(0, "}");
        }
        p.blank();
        p.line(0, "#[derive(Clone)]");
        p.line(0, "struct " + name + "(Rc<RefCell<" + name + "Data>>);");
        p.blank();
        p.line(0, "impl " + name + " {");
        List<Runnable> items = new ArrayList<>();
        items.add(() -> blank(fields));
        if (family.size() > 1) {
            items.add(() -> fn("fn class(&self) -> " + name + "Class {", List.of("self.0.borrow().class")));
        }
        items.add(this::className);
        if (root.exception()) {
            // BaseException's own __str__ and __repr__, from args (and super().__str__()).
            for (String which : List.of("str", "repr")) {
                items.add(() -> fn("fn exception_" + which + "(&self) -> String {",
                        List.of("self.get_args().exc_" + which + "(self.class_name())")));
            }
        }
        for (Map.Entry<String, PyType> f : fields.entrySet()) {
            String fname = FunctionTranslator.fieldName(f.getKey());
            String type = f.getValue().rust();
            List<String> shadowing = ClassAttributes.getter(root, f.getKey());
            items.add(() -> {
                if (shadowing != null) {
                    fn("fn get_" + fname + "(&self) -> " + type + " {", shadowing);
                    return;
                }
                // Broken over lines as rustfmt does when a long attribute name makes it too wide.
                p.line(4, "fn get_" + fname + "(&self) -> " + type + " {");
                RustPrinter inner = new RustPrinter();
                inner.stmt(new RStmt.Tail(RExpr.call("py::attr", new RExpr.Atom("&self.0.borrow()." + fname),
                        RExpr.method(new RExpr.Atom("self"), "class_name"), new RExpr.Atom("\"" + f.getKey() + "\""))), 8);
                p.raw(inner.text());
                p.line(4, "}");
            });
            items.add(() -> fn("fn set_" + fname + "(&self, value: " + type + ") {",
                    List.of("self.0.borrow_mut()." + fname + " = Some(value);")));
        }
        ClassAttributes.dispatchers(root).forEach((head, lines) -> items.add(() -> fn(head, lines)));
        if (family.size() > 1) {
            for (ClassInfo c : family) {
                items.add(() -> {
                    List<String> tags = c.family().stream().map(this::tag).toList();
                    p.line(4, "fn is_" + ModuleScope.snake(c.name()) + "(&self) -> bool {");
                    RustPrinter inner = new RustPrinter();
                    inner.stmt(new RStmt.Tail(new RExpr.Macro("matches", List.of(RExpr.method(new RExpr.Atom("self"), "class"),
                            new RExpr.Atom(String.join(" | ", tags))), false, false)), 8);
                    p.raw(inner.text());
                    p.line(4, "}");
                });
            }
        }
        for (ClassInfo c : family) {
            items.add(() -> constructorFn(c));
        }
        if (ClassLevelMethods.needsConstructorOfClass(root)) {
            items.add(() -> p.raw(ClassLevelMethods.constructorOfClass(root)));
        }
        for (Map.Entry<String, List<MethodBody>> e : bodies.entrySet()) {
            for (MethodBody m : e.getValue()) {
                items.add(() -> methodFn(m));
            }
            if (!e.getKey().equals("__init__") && implementations(root, e.getKey()) > 1) {
                items.add(() -> dispatcher(e.getKey()));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                p.blank();
            }
            items.get(i).run();
        }
        p.line(0, "}");
        p.blank();
        if (root.enumInfo() != null) {
            EnumClasses.emit(p, root);
        } else {
            showImpl();
        }
        p.blank();
        eqImpl();
        NamedTupleViews.emit(p, root);
    }

    private void fn(String head, List<String> lines) {
        p.line(4, head);
        for (String l : lines) {
            p.line(8, l);
        }
        p.line(4, "}");
    }

    private void blank(Map<String, PyType> fields) {
        String name = root.rustName();
        List<String> inits = new ArrayList<>();
        if (family.size() > 1) {
            inits.add("class");
        }
        for (String f : fields.keySet()) {
            inits.add(FunctionTranslator.fieldName(f) + ": None");
        }
        String param = family.size() > 1 ? "class: " + name + "Class" : "";
        p.line(4, "fn blank(" + param + ") -> " + name + " {");
        String joined = String.join(", ", inits);
        String open = name + "(Rc::new(RefCell::new(" + name + "Data";
        if (inits.isEmpty()) {
            p.line(8, open + " {})))");
        } else if (joined.length() <= 18 && 8 + open.length() + joined.length() + 8 <= RustPrinter.MAX_WIDTH) {
            p.line(8, open + " { " + joined + " })))");
        } else {
            p.line(8, open + " {");
            for (String i : inits) {
                p.line(12, i + ",");
            }
            p.line(8, "})))");
        }
        p.line(4, "}");
    }

    private void className() {
        if (family.size() == 1) {
            fn("fn class_name(&self) -> &'static str {", List.of("\"" + root.runtimeName() + "\""));
            return;
        }
        p.line(4, "fn class_name(&self) -> &'static str {");
        p.line(8, "match self.class() {");
        for (ClassInfo c : family) {
            p.line(12, tag(c) + " => \"" + c.name() + "\",");
        }
        p.line(8, "}");
        p.line(4, "}");
    }

    private void constructorFn(ClassInfo c) {
        FunctionSig init = c.signature("__init__");
        ClassInfo owner = c.resolve("__init__");
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        if (init != null) {
            for (FunctionSig.Param prm : init.params()) {
                params.add(ModuleScope.ident(prm.name()) + ": " + prm.type().rust());
                args.add(ModuleScope.ident(prm.name()));
            }
        }
        List<RStmt> setup = new ArrayList<>();
        if (c.exception()) {
            if (init == null) {
                // BaseException.__init__: the call's arguments, as the caller rendered them.
                params.add("args: py::Args");
                setup.add(set("args", new RExpr.Atom("args")));
            } else if (!ExceptionArgs.setsArgs(c)) {
                params.add(0, "npos: usize");
                List<RExpr> refs = args.stream().map(a -> (RExpr) new RExpr.Unary("&", new RExpr.Atom(a))).toList();
                RExpr rendered = ExceptionArgs.args(refs);
                setup.add(set("args", RExpr.call("py::Args::first", new RExpr.Atom("npos"),
                        ((RExpr.Call) rendered).args().get(0))));
            }
            List<ClassInfo> chain = new ArrayList<>();
            for (ClassInfo k = c; k != null; k = k.base()) {
                chain.add(0, k);
            }
            for (ClassInfo k : chain) {
                k.classValues().forEach((name, value) -> setup.add(set(name, value)));
            }
        }
        header(4, "fn " + constructor(c), "", params, "py::PyResult<" + root.rustName() + ">");
        if (AbcClasses.constructorRaise(c) != null) {
            p.raw(AbcClasses.constructorRaise(c)); // abstract methods left: object.__new__ refuses
        }
        String blank = root.rustName() + "::blank(" + (family.size() > 1 ? tag(c) : "") + ")";
        if (init == null && setup.isEmpty()) {
            p.line(8, "Ok(" + blank + ")");
        } else if (init == null) {
            p.line(8, "let object = " + blank + ";");
            RustPrinter inner = new RustPrinter();
            inner.stmts(setup, 8);
            p.raw(inner.text());
            p.line(8, "Ok(object)");
        } else {
            p.line(8, "let object = " + blank + ";");
            RustPrinter inner = new RustPrinter();
            inner.stmts(setup, 8);
            RExpr call = new RExpr.Try(new RExpr.Method(new RExpr.Atom("object"), implName(owner, "__init__"),
                    args.stream().map(a -> (RExpr) new RExpr.Atom(a)).toList()), null);
            inner.stmt(new RStmt.Expr(call), 8);
            p.raw(inner.text());
            p.line(8, "Ok(object)");
        }
        p.line(4, "}");
    }

    private static RStmt set(String field, RExpr value) {
        return new RStmt.Expr(RExpr.method(new RExpr.Atom("object"), "set_" + FunctionTranslator.fieldName(field), value));
    }

    /** {@code fn name(&self, params) -> ret {}, broken one parameter per line when too long. */
    private void header(int indent, String fnName, String self, List<String> params, String ret) {
        List<String> all = new ArrayList<>();
        if (!self.isEmpty()) {
            all.add(self);
        }
        all.addAll(params);
        String tail = ret == null ? " {" : " -> " + ret + " {";
        String one = fnName + "(" + String.join(", ", all) + ")" + tail;
        if (indent + RustPrinter.width(one) <= RustPrinter.MAX_WIDTH) {
            p.line(indent, one);
            return;
        }
        p.line(indent, fnName + "(");
        for (String a : all) {
            p.line(indent + 4, a + ",");
        }
        p.line(indent, ")" + tail);
    }

    private void methodFn(MethodBody m) {
        if (m.owner().decorated().kind(m.python()).receiverless()) {
            p.raw(ClassLevelMethods.method(root, m));
            return;
        }
        if (m.owner().decorated().kind(m.python()) == DecoratedMethods.Kind.CACHED) {
            p.raw(ClassLevelMethods.cachedProperty(m));
            m = new MethodBody(m.owner(), m.python(), new FunctionSig(m.sig().pythonName(),
                    ClassLevelMethods.uncached(m), m.sig().params(), m.sig().returns(), m.sig().owner()), m.body(), m.mutableParams());
            p.blank();
        }
        if (m.sig().returns() instanceof PyType.GenT) {
            generatorMethod(m);
            return;
        }
        List<String> params = new ArrayList<>();
        for (FunctionSig.Param prm : m.sig().params()) {
            String n = ModuleScope.ident(prm.name());
            params.add((m.mutableParams().contains(prm.name()) ? "mut " : "") + n + ": " + prm.type().rust());
        }
        String fnName = m.owner().decorated().kind(m.python()) == DecoratedMethods.Kind.CACHED ? m.sig().rustName()
                : implName(m.owner(), m.python());
        header(4, "fn " + fnName, "&self", params, "py::PyResult<" + m.sig().returns().rust() + ">");
        RustPrinter inner = new RustPrinter();
        inner.stmts(m.body(), 8);
        p.raw(inner.text());
        p.line(4, "}");
    }

    /**
     * A generator method: the method returns the handle; its body is an async method that owns
     * a handle of the object (see GeneratorFunction).
     */
    private void generatorMethod(MethodBody m) {
        String name = implName(m.owner(), m.python());
        String bodyName = name.replaceAll("_$", "") + "_body";
        PyType.GenT gen = (PyType.GenT) m.sig().returns();
        List<String> params = new ArrayList<>();
        List<String> bodyParams = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        bodyParams.add("yielder: py::Yielder<" + gen.elem().rust() + ">");
        args.add(RExpr.method(new RExpr.Atom("yielder"), "clone"));
        for (FunctionSig.Param prm : m.sig().params()) {
            String n = ModuleScope.ident(prm.name());
            params.add(n + ": " + prm.type().rust());
            bodyParams.add((m.mutableParams().contains(prm.name()) ? "mut " : "") + n + ": " + prm.type().rust());
            args.add(new RExpr.Atom(n));
        }
        header(4, "fn " + name, "&self", params, "py::PyResult<" + gen.rust() + ">");
        Local body = new Local("", "body", null);
        body.assigned();
        RustPrinter inner = new RustPrinter();
        inner.line(8, "let yielder = py::Yielder::new();");
        inner.stmts(List.of(new RStmt.Let(body, false,
                new RExpr.Method(RExpr.method(new RExpr.Atom("self"), "clone"), bodyName, args))), 8);
        inner.stmts(List.of(new RStmt.Tail(RExpr.call("Ok", RExpr.call("py::Gen::new",
                new RExpr.Atom("\"" + m.python() + "\""), new RExpr.Atom("yielder"), new RExpr.Atom("body"))))), 8);
        p.raw(inner.text());
        p.line(4, "}");
        p.blank();
        p.line(4, "/// The body of the generator method " + m.python() + "(): each next() runs it to its next yield.");
        header(4, "async fn " + bodyName, "self", bodyParams, "py::PyResult<()>");
        RustPrinter bodyText = new RustPrinter();
        bodyText.stmts(m.body(), 8);
        p.raw(bodyText.text());
        p.line(4, "}");
    }

    private void dispatcher(String python) {
        MethodBody first = bodies.get(python).get(0);
        FunctionSig sig = first.sig();
        if (first.owner().decorated().kind(python).receiverless()) {
            p.raw(ClassLevelMethods.dispatcher(root, python, sig));
            return;
        }
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (FunctionSig.Param prm : sig.params()) {
            params.add(ModuleScope.ident(prm.name()) + ": " + prm.type().rust());
            args.add(ModuleScope.ident(prm.name()));
        }
        header(4, "fn " + methodName(python), "&self", params, "py::PyResult<" + sig.returns().rust() + ">");
        p.line(8, "match self.class() {");
        Map<ClassInfo, List<ClassInfo>> byOwner = new LinkedHashMap<>();
        List<ClassInfo> missing = new ArrayList<>();
        for (ClassInfo c : family) {
            ClassInfo owner = c.resolve(python);
            if (owner == null) {
                missing.add(c);
            } else {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<ClassInfo, List<ClassInfo>> e : byOwner.entrySet()) {
            String pattern = String.join(" | ", e.getValue().stream().map(this::tag).toList());
            RExpr call = new RExpr.Method(new RExpr.Atom("self"), implName(e.getKey(), python),
                    args.stream().map(a -> (RExpr) new RExpr.Atom(a)).toList());
            arm(pattern, call);
        }
        for (ClassInfo c : missing) {
            arm(tag(c), RExpr.call("py::fatal", new RExpr.Atom("\"AttributeError\""),
                    new RExpr.Atom("\"'" + c.name() + "' object has no attribute '" + python + "'\"")));
        }
        p.line(8, "}");
        p.line(4, "}");
    }

    private void arm(String pattern, RExpr value) {
        String head = pattern + " => ";
        RustPrinter inner = new RustPrinter();
        String text = inner.expr(value, 12, 12 + head.length(), 1);
        p.line(12, head + text + ",");
    }

    private void showImpl() {
        String name = root.rustName();
        p.line(0, "impl py::Show for " + name + " {");
        p.line(4, "fn repr(&self) -> String {");
        showBody("__repr__", null);
        p.line(4, "}");
        p.blank();
        p.line(4, "fn str(&self) -> String {");
        // BaseException has its own __str__, so an exception's str() never falls back to __repr__.
        showBody("__str__", root.exception() ? null : "__repr__");
        p.line(4, "}");
        p.line(0, "}");
        if (root.exception()) {
            p.blank();
            p.line(0, "impl py::Raised for " + name + " {");
            fn("fn kind(&self) -> &'static str {", List.of("self.class_name()"));
            p.blank();
            fn("fn args(&self) -> py::Args {", List.of("self.get_args()"));
            p.blank();
            fn("fn as_any(&self) -> &dyn std::any::Any {", List.of("self"));
            p.line(0, "}");
        }
    }

    private void showBody(String method, String fallback) {
        Map<String, List<ClassInfo>> byCall = new LinkedHashMap<>();
        for (ClassInfo c : family) {
            ClassInfo owner = c.resolve(method);
            String m = method;
            if (owner == null && fallback != null) {
                owner = c.resolve(fallback);
                m = fallback;
            }
            String call = owner == null ? (root.exception() ? "args:" + (fallback == null && method.equals("__str__")
                    ? "exception_str" : "exception_repr") : "fatal:" + c.name()) : implName(owner, m);
            byCall.computeIfAbsent(call, k -> new ArrayList<>()).add(c);
        }
        if (byCall.size() == 1) {
            RustPrinter inner = new RustPrinter();
            inner.stmt(new RStmt.Tail(showCall(byCall.keySet().iterator().next())), 8);
            p.raw(inner.text());
            return;
        }
        p.line(8, "match self.class() {");
        for (Map.Entry<String, List<ClassInfo>> e : byCall.entrySet()) {
            arm(String.join(" | ", e.getValue().stream().map(this::tag).toList()), showCall(e.getKey()));
        }
        p.line(8, "}");
    }

    private static RExpr showCall(String key) {
        if (key.startsWith("args:")) {
            return RExpr.method(new RExpr.Atom("self"), key.substring(5));
        }
        if (key.startsWith("fatal:")) {
            return RExpr.call("py::fatal", new RExpr.Atom("\"TypeError\""),
                    new RExpr.Atom("\"the default repr of a '" + key.substring(6) + "' shows its address\""));
        }
        return RExpr.call("py::or_die", RExpr.method(new RExpr.Atom("self"), key));
    }

    /**
     * A class with its own {@code __eq__}: {@code PyEq} asks it (after the identity test
     * CPython's containers make), and Rust's {@code ==} (tuples, dataclass fields) goes through
     * {@code PyEq}, ending the program if {@code __eq__} raises.
     */
    private void userEqImpl() {
        String name = root.rustName();
        p.line(0, "impl py::PyEq for " + name + " {");
        p.line(4, "fn py_eq(&self, other: &Self) -> py::PyResult<bool> {");
        p.line(8, "if Rc::ptr_eq(&self.0, &other.0) {");
        p.line(12, "return Ok(true);");
        p.line(8, "}");
        String call = "self." + implName(Dunders.userDefined(family.stream()
                .filter(c -> Dunders.userDefined(c, "__eq__") != null).findFirst().orElseThrow(), "__eq__"), "__eq__")
                + "(other.clone())";
        if (family.size() == 1) {
            p.line(8, call);
        } else {
            p.line(8, "self.rich_eq(other)");
        }
        p.line(4, "}");
        p.line(0, "}");
        p.blank();
        if (family.size() > 1) {
            RichEquality.emit(p, name, family, this::tag, call);
        }
        p.line(0, "impl PartialEq for " + name + " {");
        p.line(4, "fn eq(&self, other: &Self) -> bool {");
        p.line(8, "match py::PyEq::py_eq(self, other) {");
        p.line(12, "Ok(same) => same,");
        p.line(12, "Err(error) => py::die(&error),");
        p.line(8, "}");
        p.line(4, "}");
        p.line(0, "}");
    }

    private void eqImpl() {
        String name = root.rustName();
        if (family.stream().anyMatch(c -> Dunders.userDefined(c, "__eq__") != null)) {
            userEqImpl();
            return;
        }
        p.line(0, "impl PartialEq for " + name + " {");
        p.line(4, "fn eq(&self, other: &Self) -> bool {");
        boolean anyDataclass = family.stream().anyMatch(c -> c.resolve("__eq__") != null);
        if (!anyDataclass) {
            p.line(8, "Rc::ptr_eq(&self.0, &other.0)");
        } else {
            List<String> arms = new ArrayList<>();
            for (ClassInfo c : family) {
                ClassInfo owner = c.resolve("__eq__");
                arms.add(owner == null ? "Rc::ptr_eq(&self.0, &other.0)" : fieldsEqual(owner));
            }
            if (family.size() == 1) {
                RustPrinter inner = new RustPrinter();
                inner.stmt(new RStmt.Tail(fieldsEq(root)), 8);
                p.raw(inner.text());
            } else {
                p.line(8, "if self.class() != other.class() {");
                p.line(12, "return false;");
                p.line(8, "}");
                p.line(8, "match self.class() {");
                for (int i = 0; i < family.size(); i++) {
                    p.line(12, tag(family.get(i)) + " => " + arms.get(i) + ",");
                }
                p.line(8, "}");
            }
        }
        p.line(4, "}");
        p.line(0, "}");
    }

    private String fieldsEqual(ClassInfo owner) {
        return RustPrinter.flat(fieldsEq(owner));
    }

    private RExpr fieldsEq(ClassInfo owner) {
        List<String> names = dataclassFields(owner).stream().filter(f -> DataclassExtras.compared(owner, f)).toList();
        RExpr acc = null;
        for (String f : names) {
            String g = "get_" + FunctionTranslator.fieldName(f);
            RExpr one = new RExpr.Binary(RExpr.method(new RExpr.Atom("self"), g), "==", RExpr.method(new RExpr.Atom("other"), g));
            if (owner.field(f) instanceof PyType.FuncT) {
                // Functions are equal only when they are the same function.
                one = RExpr.call("Rc::ptr_eq", new RExpr.Unary("&", RExpr.method(new RExpr.Atom("self"), g)),
                        new RExpr.Unary("&", RExpr.method(new RExpr.Atom("other"), g)));
            }
            acc = acc == null ? one : new RExpr.Binary(acc, "&&", one);
        }
        return acc == null ? new RExpr.Atom("true") : acc;
    }

    /** The dataclass fields of a class, its dataclass bases' first. */
    static List<String> dataclassFields(ClassInfo c) {
        Set<String> out = new LinkedHashSet<>();
        List<ClassInfo> chain = new ArrayList<>();
        for (ClassInfo k = c; k != null; k = k.base()) {
            chain.add(0, k);
        }
        for (ClassInfo k : chain) {
            if (k.dataclass()) {
                out.addAll(k.dataclassDefaults().keySet());
            }
        }
        return new ArrayList<>(out);
    }

    static boolean isDataclassBody(Stmt s) {
        return s instanceof Stmt.AnnAssign;
    }
}
