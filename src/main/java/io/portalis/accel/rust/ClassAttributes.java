package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Class attributes of ordinary classes and dataclasses: {@code count = 0}, {@code items: list[int] = []}
 * and {@code limit: ClassVar[int] = 3} in a class body (in a dataclass, only the ClassVar ones and
 * unannotated assignments; the others are fields).
 *
 * <p>Each lives in a thread-local cell of its class, {@code Owner__NAME}, made from its value on
 * first use: the value must be a literal or a display that cannot raise or print, so making it
 * then rather than when the class statement runs cannot show. Python's lookup rules:
 * <ul>
 *   <li>{@code Cls.name} reads the cell of the nearest class from {@code Cls} up its bases that
 *       defines it; {@code Cls.name = v} and {@code Cls.name += v} write {@code Cls}'s own cell
 *       (writing one that {@code Cls} only inherits, which would make a new attribute of
 *       {@code Cls}, is refused);</li>
 *   <li>{@code obj.name} reads the object's own attribute first, where a method assigns
 *       {@code self.name} (an instance attribute that shadows the class's), then the class
 *       attribute of the object's own class, found at run time ({@code class_name()}): a subclass
 *       may define it again;</li>
 *   <li>a class-level list or dict is one object shared by every instance and the class: a
 *       method that appends through {@code self.items} appends to it.</li>
 * </ul>
 */
final class ClassAttributes {
    private ClassAttributes() {}

    /** One class attribute: its owner, name, type, the Rust cell's name and its initial value. */
    record Attr(ClassInfo owner, String name, PyType type, String cell, RExpr value) {
        RExpr load() {
            return RExpr.method(new RExpr.Atom(cell), "with", new RExpr.Atom("|cell| cell.borrow().clone()"));
        }
    }

    // ------------------------------------------------------------------ the class body

    /**
     * Reads a class-body statement that defines a class attribute into {@code c}; false when the
     * statement is something else (a field, a method).
     */
    static boolean collect(ModuleScope scope, ClassInfo c, Stmt s) {
        if (c.exception() || c.enumInfo() != null) {
            return false;
        }
        String name;
        Expr value;
        Expr annotation = null;
        if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() != null) {
            Expr classVar = classVar(a.annotation(), scope);
            if (classVar == null && c.dataclass()) {
                return false; // a field with a default
            }
            name = n.id();
            value = a.value();
            annotation = classVar != null ? classVar : a.annotation();
        } else if (s instanceof Stmt.AnnAssign a && classVar(a.annotation(), scope) != null) {
            throw Unsupported.construct("ClassVar without a value", s);
        } else if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
            name = n.id();
            value = a.value();
        } else {
            return false;
        }
        if (c.classAttrs().containsKey(name) || c.ownFields().containsKey(name) || name.startsWith("__")) {
            throw Unsupported.construct("class attribute '" + name + "' defined twice, or a special name", s);
        }
        PyType declared = annotation == null || AnnotationForms.fromValue(annotation, scope.typingModules)
                ? null : scope.annotation(annotation);
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        Val v = ft.standalone(value, declared);
        if (v == null || v.type() instanceof PyType.IterT || v.type() instanceof PyType.GenT
                || v.type() instanceof PyType.ClassT || v.type() instanceof PyType.FuncT) {
            throw Unsupported.construct("class attribute '" + name + "' whose value is not a literal or a display "
                    + "that cannot raise", value);
        }
        String cell = ModuleScope.ident(c.name()).replace("r#", "") + "__" + ModuleScope.ident(name).replace("r#", "").toUpperCase();
        c.classAttrs().put(name, new Attr(c, name, v.type(), cell, ft.owned(v)));
        return true;
    }

    /** {@code T} of {@code ClassVar[T]} (typing.ClassVar too), or null for another annotation. */
    private static Expr classVar(Expr annotation, ModuleScope scope) {
        Expr e = AnnotationForms.unqualified(annotation, scope.typingModules);
        if (e instanceof Expr.Subscript s && AnnotationForms.unqualified(s.value(), scope.typingModules)
                instanceof Expr.Name n && n.id().equals("ClassVar")) {
            return s.slice();
        }
        if (e instanceof Expr.Name n && n.id().equals("ClassVar")) {
            throw Unsupported.construct("bare ClassVar (write ClassVar[T])", annotation);
        }
        return null;
    }

    // ------------------------------------------------------------------ lookup

    /** The class attribute {@code name} as {@code c} sees it: its own, or its nearest base's. */
    static Attr resolve(ClassInfo c, String name) {
        for (ClassInfo k = c; k != null; k = k.base()) {
            Attr a = k.classAttrs().get(name);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The class attributes' names of a family, in order. */
    private static Set<String> names(List<ClassInfo> family) {
        Set<String> out = new LinkedHashSet<>();
        family.forEach(k -> out.addAll(k.classAttrs().keySet()));
        return out;
    }

    /** The one type every definition of {@code name} in the family has (class attributes and instance fields). */
    private static PyType familyType(ClassInfo root, String name, Node at) {
        PyType t = null;
        for (ClassInfo k : root.family()) {
            for (PyType x : new PyType[] {k.classAttrs().containsKey(name) ? k.classAttrs().get(name).type() : null,
                    k.ownFields().get(name)}) {
                if (x == null) {
                    continue;
                }
                if (t != null && !t.equals(x)) {
                    throw Unsupported.type("attribute '" + name + "' of " + root.name() + "'s classes holds both "
                            + t.python() + " and " + x.python(), at);
                }
                t = x;
            }
        }
        return t;
    }

    /** Refuses a name that is both a class attribute and a method somewhere in the hierarchy (the later definition wins in Python). */
    private static void requireNoMethod(ClassInfo root, String name, Node at) {
        if (root.family().stream().anyMatch(k -> k.methods().containsKey(name))) {
            throw Unsupported.construct("'" + name + "' both a class attribute and a method of " + root.name() + "'s classes", at);
        }
    }

    private static boolean familyField(ClassInfo root, String name) {
        return root.family().stream().anyMatch(k -> k.ownFields().containsKey(name));
    }

    /** {@code Cls.name} where {@code Cls} names a user class with that class attribute; else null. */
    static Val readOfClass(FunctionTranslator ft, Expr.Attribute a) {
        Attr attr = ofClassName(ft, a);
        if (attr == null) {
            return null;
        }
        familyType(attr.owner().root(), a.attr(), a);
        requireNoMethod(attr.owner().root(), a.attr(), a);
        return new Val(attr.load(), attr.type(), Kind.OWNED);
    }

    private static Attr ofClassName(FunctionTranslator ft, Expr.Attribute a) {
        if (!(a.value() instanceof Expr.Name n) || ft.isLocal(n.id()) || ft.module.classOf(n.id()) == null) {
            return null;
        }
        return resolve(ft.module.classOf(n.id()), a.attr());
    }

    /**
     * {@code obj.name} where the object's class has no instance attribute {@code name} but a class
     * attribute: the object's own attribute if a class of its family sets one, else its class's.
     */
    static Val readOfObject(FunctionTranslator ft, Val obj, ClassInfo c, Expr.Attribute a) {
        if (resolve(c, a.attr()) == null) {
            return null;
        }
        PyType t = familyType(c.root(), a.attr(), a);
        requireNoMethod(c.root(), a.attr(), a);
        String accessor = familyField(c.root(), a.attr()) ? "get_" : "class_attr_";
        return new Val(RExpr.method(obj.code(), accessor + FunctionTranslator.fieldName(a.attr())), t, Kind.OWNED);
    }

    /** The type of the instance attribute a method's {@code self.name = ...} makes where a class attribute {@code name} exists; else null. */
    static PyType shadowed(ClassInfo c, String name) {
        return resolve(c, name) == null ? null : resolve(c, name).type();
    }

    // ------------------------------------------------------------------ writes

    /** {@code Cls.name = value}: true when written here (Cls a user class with that class attribute). */
    static boolean assign(FunctionTranslator ft, Expr.Attribute target, Val value) {
        Attr attr = own(ft, target);
        if (attr == null) {
            return false;
        }
        store(ft, attr, ft.coerce(value, attr.type(), target));
        return true;
    }

    /** {@code Cls.name op= value}: true when written here. */
    static boolean augAssign(FunctionTranslator ft, Expr.Attribute target, Operator op, Expr value, Node at) {
        Attr attr = own(ft, target);
        if (attr == null) {
            return false;
        }
        PyType t = attr.type();
        if (!(t.copy() || t == PyType.STR || t == PyType.BIG)) {
            throw Unsupported.construct("augmented assignment to the class attribute '" + target.attr() + "' of type "
                    + t.python() + " (Python changes the object in place where it can)", at);
        }
        Val cur = new Val(attr.load(), t, Kind.OWNED);
        Val result = ft.binary(op, cur, ft.expr(value, t), at);
        store(ft, attr, ft.coerce(result, t, at));
        return true;
    }

    private static Attr own(FunctionTranslator ft, Expr.Attribute target) {
        Attr attr = ofClassName(ft, target);
        if (attr == null) {
            return null;
        }
        ClassInfo named = ft.module.classOf(((Expr.Name) target.value()).id());
        if (attr.owner() != named) {
            throw Unsupported.construct("assignment to the class attribute '" + target.attr() + "' that "
                    + named.name() + " inherits from " + attr.owner().name() + " (it would make a new attribute of "
                    + named.name() + ")", target);
        }
        familyType(named.root(), target.attr(), target);
        return attr;
    }

    private static void store(FunctionTranslator ft, Attr attr, Val v) {
        Local held = ft.temp("value", attr.type());
        ft.emit(new RStmt.Let(held, false, ft.owned(v)));
        ft.emit(new RStmt.Expr(RExpr.method(new RExpr.Atom(attr.cell()), "with",
                new RExpr.Atom("|cell| cell.replace(" + held.rust() + ")"))));
    }

    // ------------------------------------------------------------------ emission

    /** The cells of a family's class attributes, before its struct. */
    static void cells(List<ClassInfo> family, RustPrinter p) {
        for (ClassInfo k : family) {
            for (Attr a : k.classAttrs().values()) {
                p.line(0, "thread_local! {");
                p.line(4, "static " + a.cell() + ": RefCell<" + a.type().rust() + "> = RefCell::new("
                        + RustPrinter.flat(a.value()) + ");");
                p.line(0, "}");
            }
        }
        if (family.stream().anyMatch(k -> !k.classAttrs().isEmpty())) {
            p.blank();
        }
    }

    /**
     * The getter of an instance attribute that shadows a class attribute: the object's own value,
     * else its class's; null for any other attribute.
     */
    static List<String> getter(ClassInfo root, String field) {
        if (!names(root.family()).contains(field)) {
            return null;
        }
        String f = FunctionTranslator.fieldName(field);
        return List.of("match &self.0.borrow()." + f + " {", "    Some(value) => value.clone(),",
                "    None => self.class_attr_" + f + "(),", "}");
    }

    /**
     * For each class attribute name of the family, {@code class_<name>()}: the value the object's
     * own class sees (its class's, or the nearest base's); an AttributeError for a class that has none.
     */
    static Map<String, List<String>> dispatchers(ClassInfo root) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : names(root.family())) {
            PyType t = familyType(root, name, root.def());
            Map<Attr, List<String>> byOwner = new LinkedHashMap<>();
            List<String> none = new ArrayList<>();
            for (ClassInfo k : root.family()) {
                Attr a = resolve(k, name);
                if (a == null) {
                    none.add(k.name());
                } else {
                    byOwner.computeIfAbsent(a, x -> new ArrayList<>()).add(k.name());
                }
            }
            String head = "fn class_attr_" + FunctionTranslator.fieldName(name) + "(&self) -> " + t.rust() + " {";
            List<String> lines = new ArrayList<>();
            if (byOwner.size() == 1 && none.isEmpty()) {
                lines.add(RustPrinter.flat(byOwner.keySet().iterator().next().load()));
            } else {
                lines.add("match self.class_name() {");
                List<Map.Entry<Attr, List<String>>> groups = new ArrayList<>(byOwner.entrySet());
                for (int i = 0; i < groups.size(); i++) {
                    boolean last = i == groups.size() - 1 && none.isEmpty();
                    String pattern = last ? "_" : String.join(" | ", groups.get(i).getValue().stream()
                            .map(n -> "\"" + n + "\"").toList());
                    lines.add("    " + pattern + " => " + RustPrinter.flat(groups.get(i).getKey().load()) + ",");
                }
                if (!none.isEmpty()) {
                    lines.add("    _ => py::attr(&None, self.class_name(), \"" + name + "\"),");
                }
                lines.add("}");
            }
            out.put(head, lines);
        }
        return out;
    }
}
