package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code graphlib} (CPython 3.11): {@code TopologicalSorter[T]}, made empty (its type
 * from the annotation) or from a dict of nodes to their predecessors (a list, set or tuple of
 * nodes of the keys' type), with {@code add}, {@code prepare}, {@code get_ready} (a
 * {@code tuple[T, ...]}), {@code is_active}, {@code done} and {@code static_order} (a lazy
 * generator, preparing when first stepped), over the runtime's {@code graphlib} module
 * ({@code src/main/resources/rust/graphlib.rs}); {@code CycleError} (a ValueError with CPython's
 * two arguments) caught by its name or a base class.
 */
final class GraphlibModule implements StdlibModule {

    private static final String CYCLE_ERROR = "graphlib.CycleError";

    @Override
    public String name() {
        return "graphlib";
    }

    @Override
    public boolean has(String member) {
        return member.equals("TopologicalSorter") || member.equals("CycleError");
    }

    @Override
    public Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("graphlib." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    private static PyType.LibT sorter(PyType node) {
        return new PyType.LibT("graphlib", "TopologicalSorter", List.of(node), null);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!member.equals("TopologicalSorter")) {
            throw has(member) ? Unsupported.construct("graphlib." + member + " as a type", at) : noAttribute(member, at);
        }
        if (args.size() != 1) {
            throw Unsupported.type("TopologicalSorter annotation needs the node type (TopologicalSorter[str])", at);
        }
        if (!PyType.hashable(args.get(0))) {
            throw Unsupported.construct("TopologicalSorter of " + args.get(0).python() + " nodes", at);
        }
        return sorter(args.get(0));
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return call(ft, member, c, null);
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        if (!member.equals("TopologicalSorter")) {
            throw has(member) ? Unsupported.construct("graphlib." + member + "()", c) : noAttribute(member, c.func());
        }
        Expr graph = c.args().isEmpty() ? null : c.args().get(0);
        if (c.args().size() > 1 || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)
                || (c.keywords().size() == 1 && (graph != null || !"graph".equals(c.keywords().get(0).arg())))
                || c.keywords().size() > 1) {
            throw Unsupported.type("TopologicalSorter() takes one argument, graph", c);
        }
        if (graph == null && !c.keywords().isEmpty()) {
            graph = c.keywords().get(0).value();
        }
        PyType want = expected instanceof PyType.LibT l && l.module().equals("graphlib") ? l.args().get(0) : null;
        if (graph == null || graph instanceof Expr.Constant k && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.None) {
            if (want == null) {
                throw Unsupported.type("cannot settle the node type of an empty TopologicalSorter; annotate it "
                        + "(TopologicalSorter[str])", c);
            }
            return new Val(RExpr.call("graphlib::TopologicalSorter::new"), sorter(want), Kind.OWNED);
        }
        Val g = ft.expr(graph, null);
        if (!(g.type() instanceof PyType.DictT d)) {
            throw Unsupported.construct("TopologicalSorter() of a " + g.type().python() + " (a dict of nodes to "
                    + "their predecessors expected)", graph);
        }
        PyType node = d.key();
        PyType preds = d.value();
        boolean sameNodes = (preds instanceof PyType.ListT l && l.elem().equals(node))
                || (preds instanceof PyType.SetT s && s.elem().equals(node))
                || (preds instanceof PyType.VarTupleT t && t.elem().equals(node));
        if (!sameNodes || (want != null && !want.equals(node))) {
            throw Unsupported.type("TopologicalSorter() of a " + g.type().python() + " (the predecessors must be a "
                    + "list, set or tuple of nodes of the keys' type)", graph);
        }
        RExpr items = RExpr.method(ValueConversions.paren(ft.ref(g)), "items");
        return new Val(ft.tryOf(RExpr.call("graphlib::TopologicalSorter::from_dict", items)), sorter(node), Kind.OWNED);
    }

    @Override
    public Val method(FunctionTranslator ft, Val recv, PyType.LibT type, String method, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("TopologicalSorter." + method + "() takes no keyword arguments", c.keywords().get(0));
        }
        PyType node = type.args().get(0);
        RExpr r = FunctionTranslator.paren(recv.code());
        return switch (method) {
            case "add" -> {
                if (c.args().isEmpty() || c.args().get(0) instanceof Expr.Starred) {
                    throw Unsupported.type("add() missing 1 required positional argument: 'node'", c);
                }
                RExpr n = item(ft, c.args().get(0), node);
                yield new Val(ft.tryOf(RExpr.method(r, "add", n, nodes(ft, c.args().subList(1, c.args().size()), node))),
                        PyType.NONE, Kind.OWNED);
            }
            case "done" -> new Val(ft.tryOf(RExpr.method(r, "done", nodes(ft, c.args(), node))), PyType.NONE, Kind.OWNED);
            case "prepare" -> noArgs(c, method, new Val(ft.tryOf(RExpr.method(r, "prepare")), PyType.NONE, Kind.OWNED));
            case "get_ready" -> noArgs(c, method, new Val(ft.tryOf(RExpr.method(r, "get_ready")),
                    new PyType.VarTupleT(node), Kind.OWNED));
            case "is_active" -> noArgs(c, method, new Val(ft.tryOf(RExpr.method(r, "is_active")), PyType.BOOL, Kind.OWNED));
            case "static_order" -> noArgs(c, method, new Val(RExpr.method(r, "static_order"), new PyType.GenT(node),
                    Kind.OWNED));
            default -> throw Unsupported.construct("method '" + method + "' of " + type.python(), c);
        };
    }

    private static Val noArgs(Expr.Call c, String method, Val v) {
        if (!c.args().isEmpty()) {
            throw Unsupported.type("TopologicalSorter." + method + "() takes no arguments (" + c.args().size() + " given)", c);
        }
        return v;
    }

    private static RExpr item(FunctionTranslator ft, Expr e, PyType node) {
        return ft.owned(ft.coerce(ft.expr(e, node), node, e));
    }

    /** Positional arguments (one {@code *list} of nodes at most, alone) as a {@code Vec} of nodes. */
    private static RExpr nodes(FunctionTranslator ft, List<Expr> args, PyType node) {
        if (args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            Val v = ft.expr(s.value(), new PyType.ListT(node));
            PyType elem = FunctionTranslator.iterElement(v.type());
            if (elem == null || !elem.equals(node)) {
                throw Unsupported.type("*arguments of " + v.type().python() + " where nodes of " + node.python()
                        + " are expected", s);
            }
            return ft.iterVecOf(v, s);
        }
        List<RExpr> items = new ArrayList<>();
        for (Expr e : args) {
            if (e instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments mixed with other arguments in a TopologicalSorter call", e);
            }
            items.add(item(ft, e, node));
        }
        return new RExpr.Macro("vec", items, true, false);
    }

    /** The base class of the module's exception, for the program's exception table. */
    static Map<String, String> exceptionBases(StdlibImports imports) {
        return imports.uses("graphlib") ? Map.of(CYCLE_ERROR, "ValueError") : Map.of();
    }

    /** {@code graphlib.CycleError} in an except clause: the class name the runtime raises it by; else null. */
    static String exceptionClass(FunctionTranslator ft, Expr e) {
        boolean named = false;
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof GraphlibModule) {
            named = a.attr().equals("CycleError");
        } else if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            named = m.module() instanceof GraphlibModule && m.member().equals("CycleError");
        }
        return named ? CYCLE_ERROR : null;
    }
}
