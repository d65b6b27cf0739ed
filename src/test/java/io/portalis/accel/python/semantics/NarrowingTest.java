package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The narrowing facts the check stage gives for reads of names and member access paths. */
class NarrowingTest {

    private record Checked(Mod.Module module, NarrowingFacts facts) {
        /** What is known at the n-th (0-based) load of {@code path} ("x" or "self.head"), in source order. */
        Narrowed at(String path, int n) {
            List<Expr> found = new ArrayList<>();
            collect(module, path, found);
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return facts.at(found.get(n));
        }

        boolean notNone(String path, int n) {
            Narrowed k = at(path, n);
            return k != null && k.notNone();
        }

        private static void collect(Node node, String path, List<Expr> out) {
            if (node instanceof Expr e && path.equals(text(e))) {
                out.add(e);
            }
            for (Node c : NodeChildren.of(node)) {
                collect(c, path, out);
            }
        }

        private static String text(Expr e) {
            if (e instanceof Expr.Name n && n.ctx() == ExprContext.Load) {
                return n.id();
            }
            if (e instanceof Expr.Attribute a && a.ctx() == ExprContext.Load && a.value() instanceof Expr.Name
                    || e instanceof Expr.Attribute b && b.ctx() == ExprContext.Load && b.value() instanceof Expr.Attribute) {
                String base = text(((Expr.Attribute) e).value());
                return base == null ? null : base + "." + ((Expr.Attribute) e).attr();
            }
            return null;
        }
    }

    private static Checked check(String source) {
        ParseResult r = PythonParser.parse(CpuLexer.lex(source.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.ok(), r.diagnostics().toString());
        return new Checked(r.module(), NameChecker.check(r.module()).narrowing());
    }

    @Test
    void noneTestsNarrowBothBranchesAndTheRestOfTheBlock() {
        Checked c = check("""
                def f(x, y, z):
                    if x is None:
                        print(x)
                    else:
                        print(x)
                    if y is None or y > 3:
                        return 0
                    print(y)
                    assert z != None
                    return x + y + z
                """);
        assertNull(c.at("x", 1)); // `if x is None:` branch
        assertTrue(c.notNone("x", 2)); // else branch
        assertNull(c.at("x", 3)); // after the join
        assertTrue(c.notNone("y", 1)); // right of `or`
        assertTrue(c.notNone("y", 2)); // after the early return
        assertTrue(c.notNone("z", 1)); // after the assert
    }

    @Test
    void isinstanceNamesTheClassesAndImpliesNotNone() {
        Checked c = check("""
                class A: pass
                class B(A): pass
                class C(A): pass
                def f(a):
                    if isinstance(a, B) and a:
                        print(a)
                    if isinstance(a, (B, C)):
                        print(a)
                    if isinstance(a, object):
                        print(a)
                """);
        assertEquals(List.of("B"), c.at("a", 2).classes());
        assertTrue(c.at("a", 2).notNone());
        assertEquals(List.of("B", "C"), c.at("a", 4).classes());
        assertNull(c.at("a", 6)); // object: None is an instance too, nothing is proved
    }

    @Test
    void aFailedIsinstanceTestExcludesItsClassesInTheElseBranchAndAfterAnEarlyReturn() {
        Checked c = check("""
                def f(v, w):
                    if isinstance(v, int):
                        print(v)
                    elif isinstance(v, str):
                        print(v)
                    else:
                        print(v)
                    print(v)
                    if isinstance(w, (int, bool)):
                        return 0
                    print(w)
                    w = 1
                    print(w)
                """);
        assertEquals(List.of("int"), c.at("v", 1).classes());
        assertEquals(List.of("str"), c.at("v", 3).classes());
        assertEquals(List.of("int"), c.at("v", 3).excluded());
        assertEquals(List.of("int", "str"), c.at("v", 4).excluded());
        assertTrue(c.at("v", 4).classes().isEmpty());
        assertFalse(c.at("v", 4).notNone()); // None is no int either
        assertNull(c.at("v", 5)); // the branches meet: nothing holds on all of them
        assertEquals(List.of("int", "bool"), c.at("w", 1).excluded());
        assertTrue(c.at("w", 2).excluded().isEmpty()); // rebound: only what the new value proves
    }

    @Test
    void loopsKeepOnlyWhatHoldsOnEveryIteration() {
        Checked c = check("""
                def f(node, xs):
                    while node is not None:
                        print(node)
                        node = node.next
                    print(node)
                    last = 1
                    for x in xs:
                        print(last)
                        last = None
                """);
        assertTrue(c.notNone("node", 1));
        assertTrue(c.notNone("node", 2)); // `node.next` reads node
        assertNull(c.at("node", 3)); // after the loop
        assertNull(c.at("last", 0)); // a later iteration sees None
    }

    @Test
    void memberPathsDieWithAssignmentsToAPrefixTheAttributeOrAnyCall() {
        Checked c = check("""
                class Box:
                    def __init__(self):
                        self.head = None
                def f(b, other):
                    if b.head is not None and b.head.next is not None:
                        print(b.head.next)
                        b.head = None
                        print(b.head)
                    if b.head is not None:
                        other.head = None
                        print(b.head)
                    if b.head is not None:
                        g()
                        print(b.head)
                    if b.head is not None:
                        print(len([1]), b.head)
                """);
        assertTrue(c.notNone("b.head.next", 1));
        assertTrue(c.notNone("b.head", 2));
        assertNull(c.at("b.head", 3)); // the path itself was assigned
        assertNull(c.at("b.head", 5)); // the same attribute of another object
        assertNull(c.at("b.head", 7)); // a call ran
        assertTrue(c.notNone("b.head", 9)); // len() runs none of the program's code
    }

    @Test
    void walrusTruthinessAndConditionalExpressions() {
        Checked c = check("""
                def f(g, s):
                    if (m := g()) is not None:
                        print(m)
                    t = s.upper() if s else ""
                    if not s:
                        return t
                    return s
                """);
        assertTrue(c.notNone("m", 0));
        assertTrue(c.notNone("s", 0)); // `s.upper()`, the conditional's true branch
        assertNull(c.at("s", 1)); // the test itself
        assertTrue(c.notNone("s", 3)); // after `if not s: return`
    }

    @Test
    void aMemberFactSurvivesOnlyConstructorsThatRunNoOtherCode() {
        Checked c = check("""
                log = []
                class Plain:
                    def __init__(self, v):
                        'Binds fields only.'
                        self.v = v
                        self.left = None
                        self.items = []
                class Sub(Plain):
                    def __init__(self, v):
                        super().__init__(v)
                class Noisy:
                    def __init__(self, v):
                        log.append(v)
                        self.left = None
                def f(root):
                    root.left = Plain(1)
                    root.right = Plain(2)
                    print(root.left)
                    root.right = Sub(3)
                    print(root.left)
                    root.right = Noisy(4)
                    print(root.left)
                class Shadowed:
                    pass
                class Described:
                    v = property(lambda self: 1)
                def g(root):
                    root.left = Plain(1)
                    root.right = Shadowed()
                    print(root.left)
                    root.left = Plain(1)
                    root.right = Described()
                    print(root.left)
                Shadowed = Noisy
                """);
        assertTrue(c.notNone("root.left", 0));
        assertTrue(c.notNone("root.left", 1));
        assertFalse(c.notNone("root.left", 2)); // Noisy.__init__ runs a call that may rebind anything
        assertFalse(c.notNone("root.left", 3)); // the name Shadowed may name Noisy when the call runs
        assertFalse(c.notNone("root.left", 4)); // a class attribute made by a call may be a descriptor
    }
}
