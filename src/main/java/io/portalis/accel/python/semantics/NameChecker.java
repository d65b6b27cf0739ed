package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Scopes and name resolution for one module, in three passes: the symbol table
 * ({@link SymbolTableBuilder}), CPython's scope classification ({@link ScopeAnalysis}), then a
 * flow pass ({@link NameFlow}) that resolves every Name node and reports E-NAME where CPython
 * would certainly not find a name.
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
        return new NameResolution(top, scopes, flow.facts(), flow.diagnostics(), table.postponedAnnotations,
                table.dynamicNames);
    }
}
