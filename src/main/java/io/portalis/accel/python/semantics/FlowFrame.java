package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The running state of one block's code in {@link NameFlow}: which of its scope's names may be
 * bound at the current point (a set of symbol indexes; null where no path reaches), what the
 * block has bound so far, its open loops, and the reads judged when its outermost loop ends.
 */
final class FlowFrame {
    final Scope scope;
    /** The frame whose code runs this one inline (a class body's or comprehension's), or null. */
    final FlowFrame outer;
    /** May be bound here, by symbol index; null where no path reaches. */
    BitSet state;
    /** Bound somewhere so far in this block. */
    final BitSet ever = new BitSet();
    final ArrayDeque<Loop> loops = new ArrayDeque<>();
    final List<Pending> pending = new ArrayList<>();
    /** A class body whose namespace cannot hold names it does not bind. */
    final boolean plainClass;

    FlowFrame(Scope scope, FlowFrame outer, BitSet state, boolean plainClass) {
        this.scope = scope;
        this.outer = outer;
        this.state = state;
        this.plainClass = plainClass;
    }

    /** An open loop: the states at its breaks and its continues. */
    static final class Loop {
        BitSet exits;
        BitSet continues;
    }

    /** A read inside a loop not bound so far: an error unless the loop binds it somewhere. */
    record Pending(Expr.Name node, int index, String message) {}

    /** This frame's code runs while the module is imported (inline in the module's own code). */
    boolean importTime() {
        for (FlowFrame x = this; x != null; x = x.outer) {
            if (x.scope.kind() == ScopeKind.MODULE) {
                return true;
            }
        }
        return false;
    }

    static BitSet copy(BitSet s) {
        return s == null ? null : (BitSet) s.clone();
    }

    /** A new set holding both (null stands for "no path"). */
    static BitSet union(BitSet a, BitSet b) {
        if (a == null) {
            return copy(b);
        }
        BitSet r = (BitSet) a.clone();
        if (b != null) {
            r.or(b);
        }
        return r;
    }
}
