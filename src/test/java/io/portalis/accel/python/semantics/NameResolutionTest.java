package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts the name pass gives for each Name node, and the scopes it builds. */
class NameResolutionTest {

    private record Checked(Mod.Module module, NameResolution names, String source) {
        /** The n-th (0-based) Name node spelled {@code id}, in source order. */
        Expr.Name name(String id, int n) {
            List<Expr.Name> found = new ArrayList<>();
            collect(module, id, found);
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return found.get(n);
        }

        NameKind kind(String id, int n) {
            return names.resolve(name(id, n)).kind();
        }

        private static void collect(Node node, String id, List<Expr.Name> out) {
            if (node instanceof Expr.Name n && n.id().equals(id)) {
                out.add(n);
            }
            for (Node c : NodeChildren.of(node)) {
                collect(c, id, out);
            }
        }
    }

    private static Checked check(String source) {
        ParseResult r = PythonParser.parse(CpuLexer.lex(source.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.ok(), r.diagnostics().toString());
        return new Checked(r.module(), NameChecker.check(r.module()), source);
    }

    @Test
    void everyKindOfName() {
        Checked c = check("""
                import os
                LIMIT = 3
                def outer(p):
                    total = 0
                    def inner():
                        nonlocal total
                        total += p
                        return len(os.sep)
                    return inner
                class K:
                    attr = LIMIT
                    other = attr
                print(undefined_name)
                """);
        assertEquals(NameKind.GLOBAL, c.kind("LIMIT", 0));
        assertEquals(NameKind.CELL, c.kind("total", 0));
        assertEquals(NameKind.FREE, c.kind("total", 1));
        assertEquals(NameKind.FREE, c.kind("p", 0));
        assertTrue(c.names.resolve(c.name("p", 0)).isParameter());
        assertEquals(NameKind.BUILTIN, c.kind("len", 0));
        assertEquals(NameKind.GLOBAL, c.kind("os", 0));
        assertTrue(c.names.resolve(c.name("os", 0)).isImport());
        assertEquals(NameKind.LOCAL, c.kind("inner", 0));
        assertEquals(NameKind.CLASS_MEMBER, c.kind("attr", 0));
        assertEquals(NameKind.CLASS_MEMBER, c.kind("attr", 1));
        assertEquals(NameKind.UNDEFINED, c.kind("undefined_name", 0));
        // a free name's definition is the enclosing function's own symbol
        Resolution free = c.names.resolve(c.name("total", 1));
        assertSame(c.names.resolve(c.name("total", 0)).symbol(), free.definition());
        assertEquals(ScopeKind.FUNCTION, free.definition().scope().kind());
        assertEquals("outer", free.definition().scope().name());
    }

    @Test
    void comprehensionsHaveTheirOwnScopeButTheFirstIterableAndWalrusAreOutside() {
        Checked c = check("""
                def f(rows):
                    hits = [last := x for x in rows if x]
                    return last
                """);
        assertEquals(NameKind.LOCAL, c.kind("rows", 0)); // the first iterable: f's scope
        assertEquals(NameKind.LOCAL, c.kind("x", 0));    // the iteration variable: the comprehension's
        Resolution walrus = c.names.resolve(c.name("last", 0));
        assertEquals(NameKind.FREE, walrus.kind());      // the walrus target binds in f
        assertEquals("f", walrus.definition().scope().name());
        assertEquals(NameKind.CELL, c.kind("last", 1));
        Stmt.FunctionDef f = (Stmt.FunctionDef) c.module.body().get(0);
        Scope fs = c.names.scopeOf(f);
        assertEquals(1, fs.children().size());
        assertEquals(ScopeKind.COMPREHENSION, fs.children().get(0).kind());
        assertEquals("listcomp", fs.children().get(0).name());
    }

    @Test
    void classScopesAreNotVisibleFromMethodsAndPrivateNamesAreMangled() {
        Checked c = check("""
                class C:
                    size = 1
                    __secret = 2
                    def m(self):
                        return size, __secret
                """);
        assertEquals(NameKind.CLASS_MEMBER, c.kind("size", 0));
        assertEquals(NameKind.UNDEFINED, c.kind("size", 1));
        Resolution secret = c.names.resolve(c.name("__secret", 1));
        assertEquals("_C__secret", secret.symbol().name());
        assertEquals("__secret", secret.symbol().identifier());
        assertEquals(List.of("size", "_C__secret"), c.names.diagnostics().stream()
                .map(d -> c.source.substring(d.start(), d.end()).equals("size") ? "size" : "_C__secret").toList());
    }

    @Test
    void postponedAnnotationsLiveInDetachedScopesAndAreNeverReported() {
        Checked c = check("""
                from __future__ import annotations
                def f(x: List[int]) -> Dict[str, int]:
                    y: Set[int] = set()
                    return {}
                """);
        assertTrue(c.names.postponedAnnotations());
        assertEquals(List.of(), c.names.diagnostics());
        Stmt.FunctionDef f = (Stmt.FunctionDef) c.module.body().get(1);
        Scope annotations = c.names.scopeOf(f.args());
        assertEquals(ScopeKind.ANNOTATION, annotations.kind());
        assertTrue(c.names.module().children().stream().noneMatch(s -> s == annotations), "detached, as CPython's");
        assertEquals(NameKind.UNDEFINED, c.kind("List", 0));
    }

    @Test
    void factsAreKeyedByNodeIdentityNotByEqualRecords() {
        Checked c = check("x = 1\nprint(x)\n");
        Expr.Name read = c.name("x", 1);
        Expr.Name twin = new Expr.Name(read.id(), read.ctx(), read.start(), read.end());
        assertEquals(read, twin);
        assertNotSame(read, twin);
        assertEquals(NameKind.GLOBAL, c.names.resolve(read).kind());
        assertNull(c.names.resolve(twin));
    }

    @Test
    void freeAndGlobalIdentifiersForTheBackEnd() {
        Checked c = check("""
                import math
                def outer(n):
                    scale = 2
                    def inner(v):
                        return [math.sqrt(v * scale * n) for _ in range(1)]
                    return inner
                """);
        Stmt.FunctionDef outer = (Stmt.FunctionDef) c.module.body().get(1);
        Stmt.FunctionDef inner = (Stmt.FunctionDef) outer.body().get(1);
        assertEquals(List.of("scale", "n"), c.names.scopeOf(inner).freeIdentifiers());
        assertEquals(java.util.Set.of("math", "range"), c.names.scopeOf(outer).globalIdentifiers());
    }
}
