package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code datetime} module (CPython 3.11) without time zones: the classes {@code date},
 * {@code time}, {@code datetime} and {@code timedelta} as {@link PyType.LibT}s over the runtime's
 * {@code datetime} module ({@code src/main/resources/rust/datetime.rs}), whose values compute,
 * compare, hash and print as CPython's. {@link DatetimeCalls} translates constructors and
 * methods, {@link DatetimeOperators} the operators. {@code tzinfo}, {@code timezone}, {@code fold}
 * and POSIX timestamps are refused by name.
 */
final class DatetimeModule implements StdlibModule {

    static final PyType.LibT DATE = type("date");
    static final PyType.LibT TIME = type("time");
    static final PyType.LibT DATETIME = type("datetime");
    static final PyType.LibT TIMEDELTA = type("timedelta");
    /** What {@code isocalendar()} returns: a tuple of three ints that prints by field name. */
    static final PyType.LibT ISO_CALENDAR = new PyType.LibT("datetime", "IsoCalendarDate", List.of(), PyType.INT);

    static final Set<String> CLASSES = Set.of("date", "time", "datetime", "timedelta");
    private static final Set<String> REFUSED = Set.of("tzinfo", "timezone", "UTC", "datetime_CAPI");

    private static PyType.LibT type(String name) {
        return new PyType.LibT("datetime", name, List.of(), null);
    }

    /** Whether a value of this type is one of the module's classes' instances. */
    static boolean isValue(PyType t) {
        return t instanceof PyType.LibT l && l.module().equals("datetime") && l.elem() == null;
    }

    /**
     * Whether CPython hashes values of this type as bytes, with the per-process key that also
     * hashes str (a date, time or datetime), so a set's order depends on PYTHONHASHSEED.
     */
    static boolean hashesBytes(PyType t) {
        return isValue(t) && !t.equals(TIMEDELTA);
    }

    static PyType.LibT classType(String name) {
        return switch (name) {
            case "date" -> DATE;
            case "time" -> TIME;
            case "datetime" -> DATETIME;
            default -> TIMEDELTA;
        };
    }

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public boolean has(String member) {
        return CLASSES.contains(member) || REFUSED.contains(member) || member.equals("MINYEAR")
                || member.equals("MAXYEAR");
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (member.equals("MINYEAR") || member.equals("MAXYEAR")) {
            return new FunctionTranslator.Val(new RExpr.Atom(member.equals("MINYEAR") ? "1" : "9999"), PyType.INT,
                    FunctionTranslator.Kind.OWNED);
        }
        if (REFUSED.contains(member)) {
            throw refused(member, at);
        }
        if (CLASSES.contains(member)) {
            throw Unsupported.construct("class datetime." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    static Unsupported refused(String member, Node at) {
        return Unsupported.construct("datetime." + member + " (time zones are not translated)", at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!CLASSES.contains(member)) {
            throw REFUSED.contains(member) ? refused(member, at) : noAttribute(member, at);
        }
        if (!args.isEmpty()) {
            throw Unsupported.type("datetime." + member + " takes no type arguments", at);
        }
        return classType(member);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (REFUSED.contains(member)) {
            throw refused(member, c.func());
        }
        if (member.equals("MINYEAR") || member.equals("MAXYEAR")) {
            throw Unsupported.type("'int' object is not callable", c);
        }
        if (!CLASSES.contains(member)) {
            throw noAttribute(member, c.func());
        }
        return new DatetimeCalls(ft).construct(member, c);
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        return new DatetimeCalls(ft).method(recv, type, method, c);
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        return DatetimeCalls.attribute(recv, type, attr, at);
    }

    /** Every value of the module prints as CPython's str() and repr() show it. */
    @Override
    public boolean printable(PyType.LibT type) {
        return true;
    }

    /**
     * The class a call's receiver names ({@code date} after {@code from datetime import date},
     * {@code datetime.date} after {@code import datetime}), or null.
     */
    static String classNamed(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Name n && !ft.isLocal(n.id())) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            return m != null && m.module() instanceof DatetimeModule && CLASSES.contains(m.member()) ? m.member() : null;
        }
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof DatetimeModule
                && CLASSES.contains(a.attr())) {
            return a.attr();
        }
        return null;
    }

    /** A call of a class method ({@code date.today()}, {@code datetime.strptime(s, f)}), or null. */
    static FunctionTranslator.Val classCall(FunctionTranslator ft, Expr.Attribute a, Expr.Call c) {
        String cls = classNamed(ft, a.value());
        return cls == null ? null : new DatetimeCalls(ft).classMethod(cls, a.attr(), c);
    }

    /** A class attribute ({@code date.min}, {@code timedelta.resolution}), or null. */
    static FunctionTranslator.Val classAttribute(FunctionTranslator ft, Expr.Attribute a) {
        String cls = classNamed(ft, a.value());
        return cls == null ? null : DatetimeCalls.classAttribute(cls, a.attr(), a);
    }
}
