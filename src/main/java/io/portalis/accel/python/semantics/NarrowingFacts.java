package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The narrowing facts of one module ({@link Narrowing}): for a {@code Name} or member access
 * ({@code self.head}, {@code node.next.value}) read, what the tests and assignments that reach
 * it proved about its value on every path. Keyed by node identity; immutable.
 */
public final class NarrowingFacts {
    static final NarrowingFacts NONE = new NarrowingFacts(new IdentityHashMap<>());

    private final Map<Expr, Narrowed> facts;

    NarrowingFacts(IdentityHashMap<Expr, Narrowed> facts) {
        this.facts = Collections.unmodifiableMap(facts);
    }

    /** What is known of the value read at {@code read} (a Name or Attribute node); null: nothing. */
    public Narrowed at(Expr read) {
        return facts.get(read);
    }

    /** How many reads are narrowed. */
    public int size() {
        return facts.size();
    }
}
