package io.portalis.accel.python.lexer;

/**
 * One token: its kind and its byte span in the source ({@code start} inclusive, {@code end}
 * exclusive). INDENT, DEDENT, ENDMARKER and a NEWLINE added at end of file may have empty spans.
 */
public record Token(TokenKind kind, int start, int end) {}
