package io.portalis.accel.python.semantics;

import java.util.HashMap;
import java.util.Map;

/**
 * What the narrowing pass knows at one point of a block: per name or member access path
 * ({@code "x"}, {@code "self.head"}), what its value is proved to be. A path is volatile when
 * code elsewhere may change it behind this block's back (a member access, a global or a closure
 * variable): any call may invalidate it. {@code UNREACHABLE} is the state after a return, raise,
 * break or continue: it joins as the identity. Immutable.
 */
final class NarrowState {
    record Fact(Narrowed narrowed, boolean volatilePath) {}

    static final NarrowState EMPTY = new NarrowState(Map.of(), false);
    static final NarrowState UNREACHABLE = new NarrowState(Map.of(), true);

    private final Map<String, Fact> facts;
    private final boolean unreachable;

    private NarrowState(Map<String, Fact> facts, boolean unreachable) {
        this.facts = facts;
        this.unreachable = unreachable;
    }

    boolean unreachable() {
        return unreachable;
    }

    Narrowed get(String path) {
        Fact f = facts.get(path);
        return f == null ? null : f.narrowed();
    }

    /** This state with one more fact about {@code path} (added to what was known of it). */
    NarrowState with(String path, Narrowed n, boolean volatilePath) {
        if (unreachable) {
            return this;
        }
        Map<String, Fact> m = new HashMap<>(facts);
        Fact old = m.get(path);
        m.put(path, new Fact(old == null ? n : old.narrowed().and(n), volatilePath));
        return new NarrowState(m, false);
    }

    /** Forgets {@code path} and every path through it ({@code x} forgets {@code x.next.value}). */
    NarrowState killPath(String path) {
        return filter(k -> !k.equals(path) && !k.startsWith(path + "."));
    }

    /**
     * An assignment to some object's attribute {@code attr}: every path that reads that attribute
     * of any object is forgotten, since two paths may name the same object.
     */
    NarrowState killAttribute(String attr) {
        return filter(k -> {
            int dot = k.indexOf('.');
            return dot < 0 || !("." + k.substring(dot + 1) + ".").contains("." + attr + ".");
        });
    }

    /**
     * An assignment of a value known to be {@code assigned} (null: nothing known) to some object's
     * attribute {@code attr}: a path that ends in that attribute (and reads it nowhere before) names
     * either the object it named before or the assigned value, so it keeps what holds of both; any
     * other path through {@code attr} is forgotten.
     */
    NarrowState assignAttribute(String attr, Narrowed assigned) {
        if (unreachable) {
            return this;
        }
        Map<String, Fact> m = new HashMap<>();
        facts.forEach((k, f) -> {
            int dot = k.indexOf('.');
            String chain = dot < 0 ? "" : k.substring(dot) + ".";
            if (!chain.contains("." + attr + ".")) {
                m.put(k, f);
                return;
            }
            String before = chain.substring(0, chain.length() - 1);
            if (before.endsWith("." + attr)) {
                String head = before.substring(0, before.length() - attr.length() - 1) + ".";
                Narrowed n = head.contains("." + attr + ".") ? null : Narrowed.join(f.narrowed(), assigned);
                if (n != null) {
                    m.put(k, new Fact(n, f.volatilePath()));
                }
            }
        });
        return new NarrowState(m, false);
    }

    /** Code that may run anything ran: only facts about this block's own locals survive. */
    NarrowState killVolatile() {
        if (unreachable || facts.values().stream().noneMatch(Fact::volatilePath)) {
            return this;
        }
        Map<String, Fact> m = new HashMap<>();
        facts.forEach((k, f) -> {
            if (!f.volatilePath()) {
                m.put(k, f);
            }
        });
        return new NarrowState(m, false);
    }

    private NarrowState filter(java.util.function.Predicate<String> keep) {
        if (unreachable || facts.keySet().stream().allMatch(keep)) {
            return this;
        }
        Map<String, Fact> m = new HashMap<>();
        facts.forEach((k, f) -> {
            if (keep.test(k)) {
                m.put(k, f);
            }
        });
        return new NarrowState(m, false);
    }

    /** What holds on both paths. */
    static NarrowState join(NarrowState a, NarrowState b) {
        if (a.unreachable) {
            return b;
        }
        if (b.unreachable) {
            return a;
        }
        Map<String, Fact> m = new HashMap<>();
        a.facts.forEach((k, f) -> {
            Fact g = b.facts.get(k);
            if (g != null) {
                Narrowed n = Narrowed.join(f.narrowed(), g.narrowed());
                if (n != null) {
                    m.put(k, new Fact(n, f.volatilePath() || g.volatilePath()));
                }
            }
        });
        return new NarrowState(m, false);
    }

    /** Reachable code that starts knowing nothing (dead code also reads as knowing nothing). */
    NarrowState reachableOrEmpty() {
        return unreachable ? EMPTY : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NarrowState s && s.unreachable == unreachable && s.facts.equals(facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode() * 31 + (unreachable ? 1 : 0);
    }
}
