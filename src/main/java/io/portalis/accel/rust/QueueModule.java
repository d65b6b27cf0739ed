package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code queue} module (CPython 3.11) in a program with one thread: {@code Queue},
 * {@code LifoQueue} and {@code PriorityQueue} used as containers ({@code put}, {@code get}, their
 * {@code _nowait} forms, {@code empty}, {@code full}, {@code qsize}, {@code task_done},
 * {@code join}, {@code maxsize}), over the runtime's {@code queue} module
 * ({@code src/main/resources/rust/queue.rs}), and the exceptions {@code Empty} and {@code Full}.
 * A queue's type is a {@link PyType.LibT} whose one argument is the item type and which holds no
 * items of its own ({@code len(q)} is a TypeError in CPython, a queue is always true and prints
 * with its address). A blocking {@code get} on an empty queue waits forever, as CPython's does
 * with no other thread; {@code SimpleQueue} is refused.
 */
final class QueueModule implements StdlibModule {

    private static final Set<String> CLASSES = Set.of("Queue", "LifoQueue", "PriorityQueue");
    private static final Set<String> MEMBERS = Set.of("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "Empty",
            "Full");
    /** The class names the runtime raises the exceptions by, as CPython prints them. */
    private static final Map<String, String> EXCEPTIONS = Map.of("Empty", "_queue.Empty", "Full", "queue.Full");

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public boolean has(String member) {
        return MEMBERS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("queue." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!CLASSES.contains(member)) {
            throw has(member) ? Unsupported.construct("queue." + member, at) : noAttribute(member, at);
        }
        if (args.size() != 1) {
            throw Unsupported.type(member + " annotation needs one item type (" + member + "[int]; a bare one "
                    + "is read only where a queue is assigned with it)", at);
        }
        return type(member, args.get(0));
    }

    static PyType.LibT type(String cls, PyType item) {
        return new PyType.LibT("queue", cls, List.of(item), null);
    }

    /** Whether the type is one of the module's queues. */
    static boolean isQueue(PyType t) {
        return t instanceof PyType.LibT l && l.module().equals("queue");
    }

    /**
     * Whether an annotation is a bare queue class ({@code Queue}, {@code queue.Queue}), which
     * takes its item type from the queue assigned with it (see {@link #fromUse}).
     */
    static boolean bare(ModuleScope scope, Expr annotation) {
        StdlibImports.Member m = null;
        if (annotation instanceof Expr.Name n) {
            m = scope.stdlib.member(n.id());
        } else if (annotation instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && scope.stdlib.module(n.id()) instanceof QueueModule q) {
            m = new StdlibImports.Member(q, a.attr());
        }
        return m != null && m.module() instanceof QueueModule && CLASSES.contains(m.member());
    }

    /** The queue class an empty queue's construction names ({@code Queue()}, {@code queue.Queue(maxsize=3)}), or null. */
    static String constructed(FunctionTranslator ft, Expr value) {
        if (!(value instanceof Expr.Call c)) {
            return null;
        }
        StdlibImports.Member m = null;
        if (c.func() instanceof Expr.Name n && !ft.isLocal(n.id())) {
            m = ft.module.stdlib.member(n.id());
        } else if (c.func() instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof QueueModule q) {
            m = new StdlibImports.Member(q, a.attr());
        }
        return m != null && m.module() instanceof QueueModule && CLASSES.contains(m.member()) ? m.member() : null;
    }

    /**
     * The type a later statement settles for the queue {@code cls} bound to {@code name}:
     * {@code name.put(x)} or {@code name.put_nowait(x)} makes it a queue of x's type; else null.
     */
    static PyType fromUse(FunctionTranslator ft, io.portalis.accel.python.ast.Stmt s, String name, String cls) {
        if (s instanceof io.portalis.accel.python.ast.Stmt.Expr e && e.value() instanceof Expr.Call c
                && c.func() instanceof Expr.Attribute m && m.value() instanceof Expr.Name n && n.id().equals(name)
                && (m.attr().equals("put") || m.attr().equals("put_nowait")) && !c.args().isEmpty()
                && !(c.args().get(0) instanceof Expr.Starred)) {
            PyType t = ft.probeType(c.args().get(0));
            if (t == null || t == PyType.NONE || t instanceof PyType.IterT || t instanceof PyType.OptionalT) {
                return null;
            }
            return type(cls, t);
        }
        return null;
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return call(ft, member, c, null);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        if (!CLASSES.contains(member)) {
            throw has(member) ? Unsupported.construct("queue." + member, c) : noAttribute(member, c.func());
        }
        if (c.args().size() > 1 || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.type(member + "() takes at most one argument (maxsize)", c);
        }
        Expr maxsize = c.args().isEmpty() ? null : c.args().get(0);
        for (Keyword k : c.keywords()) {
            if (!"maxsize".equals(k.arg())) {
                throw Unsupported.type(member + ".__init__() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (maxsize != null) {
                throw Unsupported.type(member + ".__init__() got multiple values for argument 'maxsize'", k);
            }
            maxsize = k.value();
        }
        PyType.LibT want = expected instanceof PyType.LibT l && isQueue(l) ? l : null;
        boolean lifoAsQueue = want != null && want.name().equals("Queue") && member.equals("LifoQueue");
        if (want == null || !(want.name().equals(member) || lifoAsQueue)) {
            throw Unsupported.type("cannot settle the item type of an empty " + member + "; annotate it ("
                    + member + "[int]) or put an item in it in the same function", c);
        }
        RExpr size = maxsize == null ? new RExpr.Atom("0") : integer(ft, maxsize);
        RExpr made = member.equals("PriorityQueue") ? RExpr.call("queue::PriorityQueue::new", size)
                : RExpr.call("queue::Queue::new", size, new RExpr.Atom(member.equals("LifoQueue") ? "true" : "false"));
        return new FunctionTranslator.Val(made, want, FunctionTranslator.Kind.OWNED);
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred) || c.keywords().stream().anyMatch(k -> k.arg() == null)) {
            throw Unsupported.construct("*arguments in a call of " + type.name() + "." + method + "()", c);
        }
        PyType item = type.args().get(0);
        boolean priority = type.name().equals("PriorityQueue");
        RExpr r = recv.code();
        return switch (method) {
            case "put", "put_nowait", "get", "get_nowait" -> {
                boolean put = method.startsWith("put");
                boolean nowait = method.endsWith("_nowait");
                List<String> params = new ArrayList<>(put ? List.of("item") : List.of());
                if (!nowait) {
                    params.addAll(List.of("block", "timeout"));
                }
                Expr[] bound = bind(type.name() + "." + method, params, c);
                List<RExpr> args = new ArrayList<>();
                if (put) {
                    if (bound[0] == null) {
                        throw Unsupported.type(type.name() + "." + method + "() missing 1 required positional "
                                + "argument: 'item'", c);
                    }
                    args.add(ft.owned(ft.coerce(ft.expr(bound[0], item), item, bound[0])));
                }
                int at = put ? 1 : 0;
                args.add(nowait ? new RExpr.Atom("false") : block(ft, bound[at]));
                args.add(nowait ? new RExpr.Atom("None") : timeout(ft, bound[at + 1]));
                if (priority) {
                    args.add(KeyFunctions.less(ft, item, c));
                }
                yield new FunctionTranslator.Val(ft.tryOf(RExpr.method(r, put ? "put" : "get", args.toArray(RExpr[]::new))),
                        put ? PyType.NONE : item, FunctionTranslator.Kind.OWNED);
            }
            case "empty", "full", "qsize", "task_done", "join" -> {
                bind(type.name() + "." + method, List.of(), c);
                PyType ret = switch (method) {
                    case "empty", "full" -> PyType.BOOL;
                    case "qsize" -> PyType.INT;
                    default -> PyType.NONE;
                };
                RExpr call = RExpr.method(r, method);
                yield new FunctionTranslator.Val(method.equals("task_done") ? ft.tryOf(call) : call, ret,
                        FunctionTranslator.Kind.OWNED);
            }
            default -> throw Unsupported.construct("method '" + method + "' of " + type.python(), c);
        };
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        if (attr.equals("maxsize")) {
            return new FunctionTranslator.Val(RExpr.method(recv.code(), "maxsize"), PyType.INT,
                    FunctionTranslator.Kind.OWNED);
        }
        throw Unsupported.construct("attribute '" + attr + "' of " + type.python(), at);
    }

    /** The call's arguments bound to the parameters by position and by name, in parameter order. */
    private static Expr[] bind(String what, List<String> params, Expr.Call c) {
        if (c.args().size() > params.size()) {
            throw Unsupported.type(what + "() takes " + (params.size() + 1) + " positional arguments but "
                    + (c.args().size() + 1) + " were given", c);
        }
        Expr[] out = new Expr[params.size()];
        for (int i = 0; i < c.args().size(); i++) {
            out[i] = c.args().get(i);
        }
        for (Keyword k : c.keywords()) {
            int i = params.indexOf(k.arg());
            if (i < 0) {
                throw Unsupported.type(what + "() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (out[i] != null) {
                throw Unsupported.type(what + "() got multiple values for argument '" + k.arg() + "'", k);
            }
            if (i < c.args().size()) {
                throw Unsupported.type(what + "() got multiple values for argument '" + k.arg() + "'", k);
            }
            out[i] = k.value();
        }
        for (Keyword k : c.keywords()) {
            // Keyword arguments are evaluated after the positional ones, in their order: binding
            // them in parameter order is that order only when they come in it.
            int i = params.indexOf(k.arg());
            for (Keyword later : c.keywords().subList(c.keywords().indexOf(k) + 1, c.keywords().size())) {
                if (params.indexOf(later.arg()) < i) {
                    throw Unsupported.construct(what + "() with keyword arguments out of parameter order", later);
                }
            }
        }
        return out;
    }

    private static RExpr block(FunctionTranslator ft, Expr e) {
        if (e == null) {
            return new RExpr.Atom("true");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.BOOL);
        if (v.type() != PyType.BOOL) {
            throw Unsupported.construct("queue block= of " + v.type().python() + " (a bool expected)", e);
        }
        return ft.owned(v);
    }

    private static RExpr timeout(FunctionTranslator ft, Expr e) {
        if (e == null || (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None)) {
            return new RExpr.Atom("None");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.FLOAT);
        if (v.type() == PyType.FLOAT) {
            return RExpr.call("Some", ft.owned(v));
        }
        if (v.type() == PyType.INT) {
            return RExpr.call("Some", new RExpr.Cast(new RExpr.Paren(ft.owned(v)), "f64"));
        }
        throw Unsupported.construct("queue timeout= of " + v.type().python() + " (an int, a float or None expected)", e);
    }

    private static RExpr integer(FunctionTranslator ft, Expr e) {
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.construct("queue maxsize of " + v.type().python() + " (an int expected)", e);
        }
        return asInt;
    }

    /** The base class of the module's exceptions, for the program's exception table. */
    static Map<String, String> exceptionBases(StdlibImports imports) {
        return imports.uses("queue") ? Map.of("_queue.Empty", "Exception", "queue.Full", "Exception") : Map.of();
    }

    /** {@code queue.Empty} or {@code queue.Full} in an except clause: the class name the runtime raises it by; else null. */
    static String exceptionClass(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof QueueModule) {
            return EXCEPTIONS.get(a.attr());
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null
                && ft.module.stdlib.member(n.id()).module() instanceof QueueModule) {
            return EXCEPTIONS.get(ft.module.stdlib.member(n.id()).member());
        }
        return null;
    }
}
