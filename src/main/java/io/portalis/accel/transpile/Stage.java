package io.portalis.accel.transpile;

import java.util.Locale;

/** The steps of one file's pipeline, in order. */
public enum Stage {
    READ, DECODE, LEX, PARSE, TRANSLATE, WRITE;

    /** The report's spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
