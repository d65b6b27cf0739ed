package io.portalis.accel.python.semantics;

/** What a test leaves known where it is true and where it is false. */
record Branches(NarrowState whenTrue, NarrowState whenFalse) {
    /** Whichever way the test went. */
    NarrowState either() {
        return NarrowState.join(whenTrue, whenFalse);
    }

    /** A test that proves nothing either way. */
    static Branches same(NarrowState s) {
        return new Branches(s, s);
    }
}
