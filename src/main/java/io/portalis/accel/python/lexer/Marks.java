package io.portalis.accel.python.lexer;

/**
 * The raw segment kinds the {@link LexerAutomaton} marks at a segment's first byte. They are
 * small integers so that the OpenCL kernel can store one per byte; {@link #NONE} means the byte
 * continues the current segment.
 */
public final class Marks {
    public static final int NONE = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int OP = 4;
    public static final int COMMENT = 5;
    /** A line end (LF, CR LF or a lone CR). */
    public static final int NEWLINE = 6;
    /** A line end that cut a one-line string short: the segment before it is unterminated. */
    public static final int NEWLINE_IN_STRING = 7;
    /** A run of spaces, tabs and form feeds. */
    public static final int WS = 8;
    /** A backslash, with the line end that follows it when there is one. */
    public static final int CONTINUATION = 9;
    /** A byte that starts no token. */
    public static final int ERROR = 10;

    private Marks() {}

    public static String name(int mark) {
        return switch (mark) {
            case NONE -> "NONE";
            case NAME -> "NAME";
            case NUMBER -> "NUMBER";
            case STRING -> "STRING";
            case OP -> "OP";
            case COMMENT -> "COMMENT";
            case NEWLINE -> "NEWLINE";
            case NEWLINE_IN_STRING -> "NEWLINE_IN_STRING";
            case WS -> "WS";
            case CONTINUATION -> "CONTINUATION";
            case ERROR -> "ERROR";
            default -> "MARK" + mark;
        };
    }
}
