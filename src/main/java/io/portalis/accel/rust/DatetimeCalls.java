package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of {@code datetime}'s classes: constructors with positional and keyword arguments,
 * class methods ({@code date.today()}, {@code datetime.strptime(s, f)}), instance methods and
 * attributes, each a call of the runtime's {@code datetime} module. Arguments are evaluated in
 * the order the call writes them; CPython's range checks run in the runtime.
 */
final class DatetimeCalls {
    private static final List<String> DATE_FIELDS = List.of("year", "month", "day");
    private static final List<String> TIME_FIELDS = List.of("hour", "minute", "second", "microsecond");
    private static final List<String> DATETIME_FIELDS = List.of("year", "month", "day", "hour", "minute", "second",
            "microsecond");
    private static final List<String> DELTA_PARAMS = List.of("days", "seconds", "microseconds", "milliseconds",
            "minutes", "hours", "weeks");

    private final FunctionTranslator ft;

    DatetimeCalls(FunctionTranslator ft) {
        this.ft = ft;
    }

    private static Val owned(RExpr code, PyType type) {
        return new Val(code, type, Kind.OWNED);
    }

    // ------------------------------------------------------------------ arguments

    /**
     * The call's arguments bound to the named parameters, evaluated in the order written: each
     * by {@code convert}; an argument that could notice the order is held in a temporary when the
     * parameters' order differs from the call's.
     */
    private Map<String, RExpr> bind(String fn, List<String> params, int required, Expr.Call c,
                                    java.util.function.BiFunction<String, Expr, RExpr> convert) {
        for (Keyword k : c.keywords()) {
            if ("fold".equals(k.arg())) {
                throw Unsupported.construct("fold= (the repeated hour of a time zone change is not translated)", k);
            }
            if ("tzinfo".equals(k.arg())) {
                throw DatetimeModule.refused("tzinfo", k);
            }
        }
        Map<String, Expr> given = ReModule.bind(c, fn, params, required);
        boolean ascending = true;
        int last = -1;
        for (String p : given.keySet()) {
            int i = params.indexOf(p);
            ascending &= i > last;
            last = i;
        }
        Map<String, RExpr> out = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : given.entrySet()) {
            RExpr code = convert.apply(e.getKey(), e.getValue());
            if (!ascending && ft.orderSensitive(e.getValue()) && !(code instanceof RExpr.Atom)) {
                Local held = ft.temp("argument", PyType.INT);
                ft.emit(new RStmt.Let(held, false, code));
                code = new RExpr.Atom(held.rust());
            }
            out.put(e.getKey(), code);
        }
        return out;
    }

    private RExpr integer(String fn, String param, Expr e) {
        Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.type(fn + "() argument '" + param + "' must be int, not " + v.type().python(), e);
        }
        return asInt;
    }

    private RExpr text(String fn, Expr e) {
        Val v = ft.expr(e, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.type(fn + "() argument must be str, not " + v.type().python(), e);
        }
        return ft.strRef(v);
    }

    private RExpr of(String fn, Expr e, PyType type) {
        Val v = ft.expr(e, type);
        if (!v.type().equals(type)) {
            throw Unsupported.type(fn + "() argument must be " + type.python() + ", not " + v.type().python(), e);
        }
        return ft.owned(v);
    }

    /** The fields in order, each present one as {@code Some(v)} or, where absent, {@code fallback}. */
    private static List<RExpr> fields(List<String> params, Map<String, RExpr> given, boolean optional) {
        List<RExpr> out = new ArrayList<>();
        for (String p : params) {
            RExpr v = given.get(p);
            if (optional) {
                out.add(v == null ? new RExpr.Atom("None") : RExpr.call("Some", v));
            } else {
                out.add(v == null ? new RExpr.Atom("0") : v);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ constructors

    Val construct(String cls, Expr.Call c) {
        return switch (cls) {
            case "date" -> {
                Map<String, RExpr> a = bind("date", DATE_FIELDS, 3, c, (p, e) -> integer("date", p, e));
                yield owned(ft.tryOf(RExpr.call("datetime::date", fields(DATE_FIELDS, a, false).toArray(RExpr[]::new))),
                        DatetimeModule.DATE);
            }
            case "time" -> {
                Map<String, RExpr> a = bind("time", TIME_FIELDS, 0, c, (p, e) -> integer("time", p, e));
                yield owned(ft.tryOf(RExpr.call("datetime::time", fields(TIME_FIELDS, a, false).toArray(RExpr[]::new))),
                        DatetimeModule.TIME);
            }
            case "datetime" -> {
                Map<String, RExpr> a = bind("datetime", DATETIME_FIELDS, 3, c, (p, e) -> integer("datetime", p, e));
                yield owned(ft.tryOf(RExpr.call("datetime::datetime",
                        fields(DATETIME_FIELDS, a, false).toArray(RExpr[]::new))), DatetimeModule.DATETIME);
            }
            default -> timedelta(c);
        };
    }

    /**
     * {@code timedelta(...)}: each argument an int or a float, with its unit. Ints only become
     * {@code datetime::hours(n)} (one) or {@code datetime::delta(...)} (several, in the positional
     * order), so the common forms read short; with a float, the list of (unit, amount) pairs.
     */
    private Val timedelta(Expr.Call c) {
        boolean[] floats = {false};
        Map<String, RExpr> a = bind("timedelta", DELTA_PARAMS, 0, c, (p, e) -> {
            Val v = ft.expr(e, PyType.INT);
            if (v.type() == PyType.FLOAT) {
                floats[0] = true;
                return RExpr.call("datetime::Amount::Float", v.code());
            }
            RExpr asInt = BoolNumbers.intArgument(ft, v);
            if (asInt == null) {
                throw Unsupported.type("unsupported type for timedelta " + p + " component: " + v.type().python(), e);
            }
            return asInt;
        });
        RExpr made;
        if (floats[0]) {
            List<RExpr> parts = new ArrayList<>();
            a.forEach((p, code) -> parts.add(new RExpr.Tuple(List.of(
                    new RExpr.Atom("datetime::" + p.toUpperCase(java.util.Locale.ROOT)),
                    code instanceof RExpr.Call k && k.callee().equals("datetime::Amount::Float") ? code
                            : RExpr.call("datetime::Amount::Int", code)))));
            made = RExpr.call("datetime::timedelta", new RExpr.Unary("&", new RExpr.Macro("vec", parts, true, false)));
        } else if (a.size() == 1) {
            Map.Entry<String, RExpr> only = a.entrySet().iterator().next();
            made = RExpr.call("datetime::" + only.getKey(), only.getValue());
        } else {
            made = RExpr.call("datetime::delta", fields(DELTA_PARAMS, a, false).toArray(RExpr[]::new));
        }
        return owned(ft.tryOf(made), DatetimeModule.TIMEDELTA);
    }

    // ------------------------------------------------------------------ class methods and attributes

    private static void arity(Expr.Call c, int n, String fn) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type(fn + "() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().size() != n) {
            throw Unsupported.type(fn + "() takes exactly " + n + " argument" + (n == 1 ? "" : "s") + " ("
                    + c.args().size() + " given)", c);
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of " + fn + "()", a);
            }
        }
    }

    Val classMethod(String cls, String name, Expr.Call c) {
        PyType.LibT type = DatetimeModule.classType(cls);
        boolean dated = cls.equals("date") || cls.equals("datetime");
        String prefix = "datetime::" + cls + "_";
        switch (name) {
            case "today":
                if (dated) {
                    arity(c, 0, name);
                    return owned(RExpr.call(cls.equals("date") ? "datetime::date_today" : "datetime::datetime_now"), type);
                }
                break;
            case "now":
                if (cls.equals("datetime")) {
                    if (!c.keywords().isEmpty() || !c.args().isEmpty()) {
                        throw DatetimeModule.refused("datetime.now(tz)", c);
                    }
                    return owned(RExpr.call("datetime::datetime_now"), type);
                }
                break;
            case "fromordinal":
                if (dated) {
                    arity(c, 1, name);
                    return owned(ft.tryOf(RExpr.call(prefix + "fromordinal", integer(name, "n", c.args().get(0)))), type);
                }
                break;
            case "fromisoformat":
                if (dated) {
                    arity(c, 1, name);
                    return owned(ft.tryOf(RExpr.call(prefix + "fromisoformat", text(name, c.args().get(0)))), type);
                }
                break;
            case "fromisocalendar":
                if (cls.equals("date")) {
                    arity(c, 3, name);
                    RExpr y = integer(name, "year", c.args().get(0));
                    RExpr w = integer(name, "week", c.args().get(1));
                    RExpr d = integer(name, "day", c.args().get(2));
                    return owned(ft.tryOf(RExpr.call("datetime::date_fromisocalendar", y, w, d)), type);
                }
                break;
            case "strptime":
                if (cls.equals("datetime")) {
                    arity(c, 2, name);
                    RExpr s = text(name, c.args().get(0));
                    RExpr f = text(name, c.args().get(1));
                    DatetimeFormats.checkStrptime(c.args().get(1));
                    return owned(ft.tryOf(RExpr.call("datetime::strptime", s, f)), type);
                }
                break;
            case "combine":
                if (cls.equals("datetime")) {
                    arity(c, 2, name);
                    RExpr d = of(name, c.args().get(0), DatetimeModule.DATE);
                    RExpr t = of(name, c.args().get(1), DatetimeModule.TIME);
                    return owned(RExpr.call("datetime::combine", d, t), type);
                }
                break;
            case "utcnow", "utcfromtimestamp", "fromtimestamp", "timestamp", "utcoffset", "astimezone":
                throw Unsupported.construct(cls + "." + name + "() (POSIX timestamps and time zones are not translated)", c);
            default:
                break;
        }
        throw Unsupported.construct("datetime." + cls + "." + name + "()", c);
    }

    static Val classAttribute(String cls, String attr, Node at) {
        PyType.LibT type = DatetimeModule.classType(cls);
        return switch (attr) {
            case "min", "max" -> owned(RExpr.call("datetime::" + cls + "_" + attr), type);
            case "resolution" -> owned(RExpr.call(cls.equals("date") ? "datetime::date_resolution"
                    : "datetime::timedelta_resolution"), DatetimeModule.TIMEDELTA);
            default -> throw Unsupported.construct("datetime." + cls + "." + attr, at);
        };
    }

    // ------------------------------------------------------------------ instance methods

    Val method(Val recv, PyType.LibT type, String name, Expr.Call c) {
        if (type.equals(DatetimeModule.ISO_CALENDAR)) {
            throw Unsupported.construct("method '" + name + "' of IsoCalendarDate", c);
        }
        String cls = type.name();
        RExpr r = FunctionTranslator.paren(recv.code());
        boolean dated = cls.equals("date") || cls.equals("datetime");
        switch (name) {
            case "weekday", "isoweekday", "toordinal":
                if (dated) {
                    arity(c, 0, name);
                    return owned(RExpr.method(r, name), PyType.INT);
                }
                break;
            case "isocalendar":
                if (dated) {
                    arity(c, 0, name);
                    return owned(RExpr.method(r, name), DatetimeModule.ISO_CALENDAR);
                }
                break;
            case "ctime":
                if (dated) {
                    arity(c, 0, name);
                    return owned(RExpr.method(r, name), PyType.STR);
                }
                break;
            case "date", "time":
                if (cls.equals("datetime")) {
                    arity(c, 0, name);
                    return owned(RExpr.method(r, name), DatetimeModule.classType(name));
                }
                break;
            case "total_seconds":
                if (cls.equals("timedelta")) {
                    arity(c, 0, name);
                    return owned(RExpr.method(r, name), PyType.FLOAT);
                }
                break;
            case "strftime", "__format__":
                if (!cls.equals("timedelta")) {
                    arity(c, 1, name);
                    if (name.equals("strftime")) {
                        DatetimeFormats.checkStrftime(c.args().get(0));
                    }
                    RExpr f = text(name, c.args().get(0));
                    return owned(ft.tryOf(RExpr.method(r, name.equals("strftime") ? "strftime" : "format", f)),
                            PyType.STR);
                }
                break;
            case "replace":
                if (!cls.equals("timedelta")) {
                    List<String> params = cls.equals("date") ? DATE_FIELDS
                            : cls.equals("time") ? TIME_FIELDS : DATETIME_FIELDS;
                    Map<String, RExpr> a = bind("replace", params, 0, c, (p, e) -> integer("replace", p, e));
                    return owned(ft.tryOf(RExpr.method(r, "replace", fields(params, a, true).toArray(RExpr[]::new))),
                            type);
                }
                break;
            case "isoformat":
                return isoformat(r, type, c);
            case "timetuple", "utctimetuple", "timestamp", "utcoffset", "dst", "tzname", "astimezone":
                throw Unsupported.construct(cls + "." + name + "() (struct_time, POSIX timestamps and time zones"
                        + " are not translated)", c);
            default:
                break;
        }
        throw Unsupported.type("'datetime." + cls + "' object has no attribute '" + name + "'", c);
    }

    private Val isoformat(RExpr r, PyType.LibT type, Expr.Call c) {
        String cls = type.name();
        if (cls.equals("timedelta")) {
            throw Unsupported.type("'datetime.timedelta' object has no attribute 'isoformat'", c);
        }
        if (cls.equals("date")) {
            arity(c, 0, "isoformat");
            return owned(RExpr.method(r, "isoformat"), PyType.STR);
        }
        List<String> params = cls.equals("time") ? List.of("timespec") : List.of("sep", "timespec");
        Map<String, RExpr> a = bind("isoformat", params, 0, c, (p, e) -> text("isoformat", e));
        RExpr timespec = a.getOrDefault("timespec", new RExpr.Atom("\"auto\""));
        if (cls.equals("time")) {
            return owned(ft.tryOf(RExpr.method(r, "isoformat", timespec)), PyType.STR);
        }
        RExpr sep = a.getOrDefault("sep", new RExpr.Atom("\"T\""));
        return owned(ft.tryOf(RExpr.method(r, "isoformat", sep, timespec)), PyType.STR);
    }

    static Val attribute(Val recv, PyType.LibT type, String attr, Node at) {
        List<String> names = switch (type.name()) {
            case "date" -> DATE_FIELDS;
            case "time" -> TIME_FIELDS;
            case "datetime" -> DATETIME_FIELDS;
            case "timedelta" -> List.of("days", "seconds", "microseconds");
            default -> List.of("year", "week", "weekday");
        };
        if (names.contains(attr)) {
            return owned(RExpr.method(FunctionTranslator.paren(recv.code()), attr), PyType.INT);
        }
        if (attr.equals("min") || attr.equals("max") || attr.equals("resolution")) {
            if (DatetimeModule.CLASSES.contains(type.name())) {
                return classAttribute(type.name(), attr, at);
            }
        }
        if (attr.equals("tzinfo") || attr.equals("fold")) {
            throw Unsupported.construct(attr + " of a " + type.python() + " (time zones are not translated)", at);
        }
        String shown = type.name().equals("IsoCalendarDate") ? "IsoCalendarDate" : "datetime." + type.name();
        throw Unsupported.type("'" + shown + "' object has no attribute '" + attr + "'", at);
    }

    static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }
}
