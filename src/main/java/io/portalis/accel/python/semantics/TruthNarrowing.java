package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;

/**
 * Narrowing by truth value: where {@code x} (a name or member access path) tested true, it is not
 * None, since None is false. Where it tested false nothing is known (a present value may be false
 * too). Testing the truth of an instance may run its {@code __bool__} or {@code __len__}: in a
 * module whose classes define special methods, it kills every volatile fact first.
 */
final class TruthNarrowing {
    private final NarrowContext cx;

    TruthNarrowing(NarrowContext cx) {
        this.cx = cx;
    }

    /** What testing the truth of {@code e} proves, given the state after evaluating it. */
    Branches test(Expr e, NarrowState after) {
        if (cx.path(e) == null) {
            return Branches.same(after);
        }
        if (cx.userOperators) {
            after = after.killVolatile(); // __bool__ or __len__
        }
        return new Branches(cx.know(after, e, Narrowed.NOT_NONE), after);
    }
}
