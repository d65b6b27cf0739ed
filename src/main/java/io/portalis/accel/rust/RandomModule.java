package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code random} module (CPython 3.11): the module-level functions, which draw from
 * the module's hidden shared instance, and {@code random.Random} as a type whose instances
 * draw from their own generators. Both become calls of the runtime's {@code random} module
 * ({@code src/main/resources/rust/random.rs}), CPython's Mersenne Twister and Lib/random.py's
 * methods, so a seeded program draws CPython's numbers; {@link RandomCalls} translates each call.
 * An unseeded program is seeded from the system, as CPython's, so its numbers differ per run.
 */
final class RandomModule implements StdlibModule {

    /** CPython 3.11's public names of the module that the translation refuses, by name. */
    private static final Set<String> REFUSED = Set.of(
            "SystemRandom", "getstate", "setstate", "randbytes");

    private static final Map<String, String> FLOAT_CONSTANTS = Map.of(
            "NV_MAGICCONST", "random::NV_MAGICCONST",
            "SG_MAGICCONST", "random::SG_MAGICCONST",
            "LOG4", "random::LOG4",
            "TWOPI", "random::TWOPI",
            "RECIP_BPF", "random::RECIP_BPF");

    @Override
    public String name() {
        return "random";
    }

    @Override
    public boolean has(String member) {
        return member.equals("Random") || member.equals("BPF") || FLOAT_CONSTANTS.containsKey(member)
                || REFUSED.contains(member) || RandomCalls.METHODS.contains(member);
    }

    /** The type of a {@code random.Random} instance. */
    static PyType.LibT instanceType() {
        return new PyType.LibT("random", "Random", List.of(), null);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        String constant = FLOAT_CONSTANTS.get(member);
        if (constant != null) {
            return new FunctionTranslator.Val(new RExpr.Atom(constant), PyType.FLOAT, FunctionTranslator.Kind.OWNED);
        }
        if (member.equals("BPF")) {
            return new FunctionTranslator.Val(new RExpr.Atom("random::BPF"), PyType.INT, FunctionTranslator.Kind.OWNED);
        }
        if (REFUSED.contains(member)) {
            throw refused(member, at);
        }
        if (has(member)) {
            throw Unsupported.construct("random." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    private Unsupported refused(String member, Node at) {
        String why = switch (member) {
            case "SystemRandom" -> " (the system's entropy source gives no reproducible numbers)";
            case "getstate", "setstate" -> " (the generator's state is a tuple of 625 ints)";
            default -> " (bytes are not translated)";
        };
        return Unsupported.construct("random." + member + why, at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!member.equals("Random")) {
            throw has(member) ? Unsupported.construct("type annotation 'random." + member + "'", at)
                    : noAttribute(member, at);
        }
        if (!args.isEmpty()) {
            throw Unsupported.type("random.Random takes no type arguments", at);
        }
        return instanceType();
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("Random")) {
            return RandomCalls.construct(ft, c);
        }
        if (REFUSED.contains(member)) {
            throw refused(member, c.func());
        }
        if (member.equals("BPF") || FLOAT_CONSTANTS.containsKey(member)) {
            throw Unsupported.type("'" + (member.equals("BPF") ? "int" : "float") + "' object is not callable", c);
        }
        if (!RandomCalls.METHODS.contains(member)) {
            throw noAttribute(member, c.func());
        }
        return new RandomCalls(ft, RExpr.call("random::inst"), "random." + member, member, c).translate();
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        if (REFUSED.contains(method)) {
            throw refused(method, c);
        }
        if (!RandomCalls.METHODS.contains(method)) {
            throw Unsupported.name("'Random' object has no attribute '" + method + "'", c);
        }
        return new RandomCalls(ft, recv.code(), "Random." + method, method, c).translate();
    }

    /** A Random instance has no __eq__: two compare equal only when they are one object. */
    @Override
    public boolean identityEquality(PyType.LibT type) {
        return true;
    }
}
