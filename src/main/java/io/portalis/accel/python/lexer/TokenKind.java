package io.portalis.accel.python.lexer;

/**
 * The kinds of token the lexer produces; the same set as CPython's {@code tokenize} module.
 * Operators and delimiters are all {@link #OP}; their text tells them apart. In Python 3.11
 * an f-string is one {@link #STRING} token (the parser splits it into parts).
 */
public enum TokenKind {
    NAME,
    NUMBER,
    STRING,
    OP,
    COMMENT,
    /** A line end that ends no logical line (blank line, comment line, inside brackets). */
    NL,
    /** The end of a logical line. */
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER,
    /** Bytes that start no valid token; the lexer also reports a diagnostic for them. */
    ERRORTOKEN
}
