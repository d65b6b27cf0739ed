package io.portalis.accel.python.semantics;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scopes and name resolution for one module, in three passes: the symbol table
 * ({@link SymbolTableBuilder}), CPython's scope classification ({@link ScopeAnalysis}), then a
 * flow pass ({@link NameFlow}) that resolves every Name node and reports E-NAME where CPython
 * would certainly not find a name. The SyntaxErrors CPython's symbol table itself raises
 * ({@code global} after use, {@code nonlocal} without a binding, {@code import *} in a function,
 * a walrus rebinding a comprehension variable...) come back as E-SYNTAX with CPython's words.
 */
public final class NameChecker {
    private NameChecker() {}

    public static NameResolution check(Mod.Module module) {
        SymbolTableBuilder table = SymbolTableBuilder.build(module);
        ScopeAnalysis analysis = ScopeAnalysis.analyze(table.module);
        for (ScopeBuilder d : table.detached) {
            analysis.analyzeDetached(d);
        }
        Map<ScopeBuilder, Scope> frozen = ScopeAnalysis.freeze(table.module, table.detached);
        Map<Node, Scope> scopes = new IdentityHashMap<>(table.scopeOf.size() * 2);
        for (Map.Entry<Node, ScopeBuilder> e : table.scopeOf.entrySet()) {
            scopes.put(e.getKey(), frozen.get(e.getValue()));
        }
        Scope top = frozen.get(table.module);
        NameFlow flow = new NameFlow(top, scopes, table.postponedAnnotations, table.dynamicNames,
                table.nameCount);
        flow.run((Mod.Module) top.node());
        List<Diagnostic> diagnostics = new ArrayList<>(table.syntaxErrors);
        for (ScopeAnalysis.UnboundNonlocal u : analysis.nonlocalWithoutBinding) {
            Node at = table.nonlocalAt.getOrDefault(u.scope(), Map.of()).get(u.name());
            if (at != null) {
                diagnostics.add(Diagnostic.error("E-SYNTAX", u.atModuleLevel()
                        ? "nonlocal declaration not allowed at module level"
                        : "no binding for nonlocal '" + u.name() + "' found", at.start(), at.end()));
            }
        }
        diagnostics.addAll(flow.diagnostics());
        diagnostics.sort(Comparator.comparingInt(Diagnostic::start));
        Map<io.portalis.accel.python.ast.Expr.Name, Resolution> resolved = flow.facts();
        NarrowingFacts narrowing = Narrowing.analyze(module, resolved::get);
        return new NameResolution(top, scopes, resolved, diagnostics, table.postponedAnnotations,
                table.dynamicNames, narrowing);
    }
}
