package io.portalis.accel.transpile;

import java.util.Locale;

/** The steps of one file's pipeline, in order. CHECK is the semantic pass (names: python.semantics). */
public enum Stage {
    READ, DECODE, LEX, PARSE, CHECK, TRANSLATE, WRITE;

    /** The report's spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
