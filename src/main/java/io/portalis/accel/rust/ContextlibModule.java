package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.Set;

/**
 * Python's {@code contextlib}, the part a typed program uses without writing context managers:
 * {@code suppress(E1, E2, ...)} as the context of a {@code with} statement ({@link WithStatements}
 * lowers it as {@code try: ... except (E1, E2): pass}). Every other use is refused by name.
 */
final class ContextlibModule implements StdlibModule {

    private static final Set<String> OTHERS = Set.of("contextmanager", "closing", "nullcontext", "redirect_stdout",
            "redirect_stderr", "ExitStack", "AbstractContextManager", "asynccontextmanager", "aclosing",
            "AsyncExitStack", "ContextDecorator", "chdir");

    @Override
    public String name() {
        return "contextlib";
    }

    @Override
    public String runtime() {
        return null;
    }

    @Override
    public boolean has(String member) {
        return member.equals("suppress") || OTHERS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (!has(member)) {
            throw noAttribute(member, at);
        }
        throw Unsupported.construct("contextlib." + member + (member.equals("suppress") ? " outside a with statement" : ""), at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return value(member, c);
    }

    /** Whether the expression is a call of {@code contextlib.suppress} (or of {@code suppress} from-imported). */
    static boolean isSuppress(FunctionTranslator ft, Expr e) {
        if (!(e instanceof Expr.Call c)) {
            return false;
        }
        if (c.func() instanceof Expr.Attribute a) {
            return a.attr().equals("suppress") && ft.importedModule(a.value()) instanceof ContextlibModule;
        }
        if (c.func() instanceof Expr.Name n && !ft.isLocal(n.id())) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            return m != null && m.module() instanceof ContextlibModule && m.member().equals("suppress");
        }
        return false;
    }
}
