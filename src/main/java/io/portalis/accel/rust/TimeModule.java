package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.Map;

/**
 * Python's {@code time} module, its clocks and {@code sleep}: calls of the runtime's {@code time}
 * module ({@code src/main/resources/rust/time.rs}). The clocks' values differ per run, as
 * CPython's do; the rest of the module (struct_time, strftime, time zones) is refused.
 */
final class TimeModule implements StdlibModule {

    /** Each translated function and the type it returns. */
    private static final Map<String, PyType> CLOCKS = Map.of(
            "perf_counter", PyType.FLOAT, "perf_counter_ns", PyType.INT,
            "monotonic", PyType.FLOAT, "monotonic_ns", PyType.INT,
            "time", PyType.FLOAT, "time_ns", PyType.INT,
            "process_time", PyType.FLOAT, "process_time_ns", PyType.INT);

    private static final java.util.Set<String> REFUSED = java.util.Set.of("strftime", "strptime", "localtime",
            "gmtime", "mktime", "asctime", "ctime", "struct_time", "timezone", "tzname", "altzone", "daylight",
            "tzset", "thread_time", "thread_time_ns", "get_clock_info", "clock_gettime", "clock_gettime_ns");

    @Override
    public String name() {
        return "time";
    }

    @Override
    public boolean has(String member) {
        return CLOCKS.containsKey(member) || member.equals("sleep") || REFUSED.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("time." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("time." + member + " (struct_time, local time and time zones are not"
                    + " translated)", c);
        }
        if (!has(member)) {
            throw noAttribute(member, c.func());
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type(member + "() takes no keyword arguments", c.keywords().get(0));
        }
        int wanted = member.equals("sleep") ? 1 : 0;
        if (c.args().size() != wanted) {
            throw Unsupported.type("time." + member + "() takes " + (wanted == 0 ? "no arguments" : "exactly one argument")
                    + " (" + c.args().size() + " given)", c);
        }
        if (member.equals("sleep")) {
            FunctionTranslator.Val v = ft.expr(c.args().get(0), PyType.FLOAT);
            RExpr seconds;
            if (v.type() == PyType.FLOAT) {
                seconds = v.code();
            } else {
                RExpr asInt = BoolNumbers.intArgument(ft, v);
                if (asInt == null) {
                    throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer",
                            c.args().get(0));
                }
                seconds = new RExpr.Cast(FunctionTranslator.paren(asInt), "f64");
            }
            return new FunctionTranslator.Val(ft.tryOf(RExpr.call("time::sleep", seconds)), PyType.NONE,
                    FunctionTranslator.Kind.OWNED);
        }
        return new FunctionTranslator.Val(RExpr.call("time::" + member), CLOCKS.get(member),
                FunctionTranslator.Kind.OWNED);
    }
}
