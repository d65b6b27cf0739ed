package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the translator knows about one user class: its base, its instance attributes and their
 * types, its methods, and whether it is a dataclass or an exception class. A class hierarchy
 * becomes one Rust struct named after its root; a tag field says which class an object is.
 */
final class ClassInfo {
    private final String name;
    private final Stmt.ClassDef def;
    private final ClassInfo base;
    private final boolean dataclass;
    private final boolean exception;
    private final String exceptionBase;
    private final Map<String, PyType> ownFields = new LinkedHashMap<>();
    private final Map<String, RExpr> classValues = new LinkedHashMap<>();
    private final Map<String, ClassAttributes.Attr> classAttrs = new LinkedHashMap<>();
    private final Map<String, Expr> dataclassDefaults = new LinkedHashMap<>();
    private final Map<String, Stmt.FunctionDef> methods = new LinkedHashMap<>();
    private final Map<String, FunctionSig> signatures = new LinkedHashMap<>();
    private final List<ClassInfo> subclasses = new ArrayList<>();
    private String rustName;
    /** For a class derived from enum.Enum or enum.IntEnum: its members ({@link EnumClasses}); else null. */
    private EnumClasses.Info enumInfo;
    /** For a dataclass: its options and fields' specs ({@link DataclassExtras}). */
    private final DataclassExtras.Spec dataclassSpec = new DataclassExtras.Spec();
    private final DecoratedMethods decorated = new DecoratedMethods();

    ClassInfo(String name, Stmt.ClassDef def, ClassInfo base, boolean dataclass, boolean exception, String exceptionBase) {
        this.name = name;
        this.def = def;
        this.base = base;
        this.dataclass = dataclass;
        this.exception = exception;
        this.exceptionBase = exceptionBase;
        if (base != null) {
            base.subclasses.add(this);
        }
    }

    String name() {
        return name;
    }

    /** The name CPython shows for the class: an instance of a generic class ({@code Stack[int]}) shows {@code Stack}. */
    String runtimeName() {
        int generic = name.indexOf('[');
        return generic < 0 ? name : name.substring(0, generic);
    }

    /** Its static methods, class methods and properties. */
    DecoratedMethods decorated() {
        return decorated;
    }

    Stmt.ClassDef def() {
        return def;
    }

    ClassInfo base() {
        return base;
    }

    boolean dataclass() {
        return dataclass;
    }

    boolean exception() {
        return exception;
    }

    /**
     * Whether this is an exception class whose objects carry state or behaviour of their own (a
     * body beyond a docstring or {@code pass}, or such a base): a raise of it raises the object.
     */
    boolean objectException() {
        return exception && (base != null || def.body().stream().anyMatch(s -> !trivial(s)));
    }

    /** A statement that gives a class nothing: {@code pass} or a docstring. */
    static boolean trivial(Stmt s) {
        return s instanceof Stmt.Pass || (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k
                && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.Str);
    }

    /** Class attributes (of exception classes): the literal each object's attribute starts as. */
    Map<String, RExpr> classValues() {
        return classValues;
    }

    /** Class attributes of an ordinary class or dataclass ({@link ClassAttributes}), by name. */
    Map<String, ClassAttributes.Attr> classAttrs() {
        return classAttrs;
    }

    /** For an exception class: the name of the class it derives from. */
    String exceptionBase() {
        return exceptionBase;
    }

    ClassInfo root() {
        return base == null ? this : base.root();
    }

    String rustName() {
        return root() == this ? rustName : root().rustName();
    }

    DataclassExtras.Spec dataclassSpec() {
        return dataclassSpec;
    }

    EnumClasses.Info enumInfo() {
        return enumInfo;
    }

    void enumInfo(EnumClasses.Info info) {
        this.enumInfo = info;
    }

    void rustName(String n) {
        this.rustName = n;
    }

    Map<String, PyType> ownFields() {
        return ownFields;
    }

    Map<String, Expr> dataclassDefaults() {
        return dataclassDefaults;
    }

    Map<String, Stmt.FunctionDef> methods() {
        return methods;
    }

    Map<String, FunctionSig> signatures() {
        return signatures;
    }

    List<ClassInfo> subclasses() {
        return subclasses;
    }

    /** The type of an attribute, looked up through the bases; null when there is none. */
    PyType field(String attr) {
        for (ClassInfo c = this; c != null; c = c.base) {
            PyType t = c.ownFields.get(attr);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Every attribute of the class, the bases' first. */
    Map<String, PyType> allFields() {
        Map<String, PyType> all = base == null ? new LinkedHashMap<>() : base.allFields();
        all.putAll(ownFields);
        return all;
    }

    /** The class whose definition of a method this class uses (its MRO); null when none does. */
    ClassInfo resolve(String method) {
        for (ClassInfo c = this; c != null; c = c.base) {
            if (c.methods.containsKey(method) || (c.dataclass && generated(method))) {
                return c;
            }
        }
        return null;
    }

    private boolean generated(String method) {
        if (method.equals("__repr__")) {
            // Python's repr of a function shows its address: no repr is generated over one.
            return !holdsFunction();
        }
        return method.equals("__init__") || (method.equals("__eq__") && dataclassSpec.eq);
    }

    /** Whether an attribute of this class or a base holds a function value. */
    boolean holdsFunction() {
        for (ClassInfo c = this; c != null; c = c.base) {
            if (c.ownFields.values().stream().anyMatch(PyType::holdsFunction)) {
                return true;
            }
        }
        return false;
    }

    FunctionSig signature(String method) {
        ClassInfo owner = resolve(method);
        return owner == null ? null : owner.signatures.get(method);
    }

    /** This class and every class derived from it. */
    List<ClassInfo> family() {
        List<ClassInfo> out = new ArrayList<>();
        out.add(this);
        for (ClassInfo s : subclasses) {
            out.addAll(s.family());
        }
        return out;
    }

    /** Whether this class and each class derived from it have the method (own or inherited). */
    boolean hierarchyHas(String method) {
        return family().stream().allMatch(c -> c.resolve(method) != null);
    }

    boolean isSubclassOf(ClassInfo other) {
        for (ClassInfo c = this; c != null; c = c.base) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
