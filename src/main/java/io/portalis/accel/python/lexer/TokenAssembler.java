package io.portalis.accel.python.lexer;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sequential pass both lexer engines share: it turns the automaton's segments into CPython
 * 3.11 {@code tokenize} tokens. Everything that needs context lives here: NEWLINE vs NL, INDENT
 * and DEDENT (with CPython's tab-consistency rule), bracket depth and matching, CPython's limits,
 * string prefixes and unterminated strings, number and identifier checks, and the tokens added at
 * end of file. Because both engines feed it the same segments, their token streams are equal.
 */
public final class TokenAssembler {
    /** CPython's limit on nested brackets (MAXLEVEL). */
    public static final int MAX_BRACKET_DEPTH = 200;
    /** CPython's limit on indentation levels (MAXINDENT). */
    public static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;

    public static final String SYNTAX = "E-SYNTAX";
    public static final String INDENTATION = "E-INDENTATION";

    private final byte[] src;
    private final Segments segs;
    private final Charset charset;
    private final boolean reportCharacters;
    private final List<Token> out;
    private final List<Diagnostic> diags;
    private SourceMap sourceMap;

    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentTop = 0;
    private int depth = 0;
    private int[] brackets = new int[16];
    private boolean depthReported;
    private boolean indentLimitReported;

    private TokenAssembler(byte[] src, SourceText text, Segments segs) {
        this.src = src;
        this.segs = segs;
        this.charset = text.charset();
        this.reportCharacters = text.ok();
        this.out = new ArrayList<>(segs.count() + 8);
        this.diags = new ArrayList<>(text.diagnostics());
    }

    /** Assembles the token stream of {@code src} from its segments. */
    public static LexResult assemble(byte[] src, SourceText text, Segments segs) {
        TokenAssembler a = new TokenAssembler(src, text, segs);
        a.run(text.bodyStart());
        return new LexResult(src, a.out, a.diags);
    }

    private int start(int i) {
        return segs.starts()[i];
    }

    private int end(int i) {
        return i + 1 < segs.count() ? segs.starts()[i + 1] : src.length;
    }

    private int kind(int i) {
        return segs.kinds()[i];
    }

    private void emit(TokenKind kind, int start, int end) {
        out.add(new Token(kind, start, end));
    }

    private void error(String code, String message, int start, int end) {
        diags.add(Diagnostic.error(code, message, start, end));
    }

    private SourceMap map() {
        if (sourceMap == null) {
            sourceMap = new SourceMap(src);
        }
        return sourceMap;
    }

    private void run(int bodyStart) {
        final int n = segs.count();
        int i = 0;
        boolean lineStart = true;
        int endPos = src.length;
        boolean stoppedOnBlankTail = false;
        int pendingContinuation = -1;
        while (i < n) {
            if (lineStart) {
                int lineBegin = start(i);
                int j = i;
                int col = 0;
                int alt = 0;
                if (kind(j) == Marks.WS) {
                    for (int p = start(j); p < end(j); p++) {
                        byte b = src[p];
                        if (b == ' ') {
                            col++;
                            alt++;
                        } else if (b == '\t') {
                            col = (col / TAB_SIZE + 1) * TAB_SIZE;
                            alt++;
                        } else {
                            col = 0;
                            alt = 0;
                        }
                    }
                    j++;
                }
                if (j == n) {
                    // tokenize stops at a last line of only whitespace; its end tokens go at that line
                    stoppedOnBlankTail = true;
                    endPos = lineBegin;
                    break;
                }
                int k = kind(j);
                if (k == Marks.COMMENT || k == Marks.NEWLINE) {
                    int nlAt = src.length;
                    if (k == Marks.COMMENT) {
                        emit(TokenKind.COMMENT, start(j), end(j));
                        nlAt = end(j);
                        j++;
                    }
                    if (j < n && kind(j) == Marks.NEWLINE) {
                        emit(TokenKind.NL, start(j), end(j));
                        j++;
                    } else {
                        emit(TokenKind.NL, nlAt, nlAt);
                    }
                    i = j;
                    continue;
                }
                indentation(col, alt, lineBegin, start(j));
                lineStart = false;
                i = j;
                continue;
            }
            int k = kind(i);
            if (k != Marks.WS) {
                pendingContinuation = -1;
            }
            switch (k) {
                case Marks.WS -> { }
                case Marks.NEWLINE, Marks.NEWLINE_IN_STRING -> {
                    emit(depth > 0 ? TokenKind.NL : TokenKind.NEWLINE, start(i), end(i));
                    lineStart = depth == 0;
                }
                case Marks.CONTINUATION -> continuation(i);
                case Marks.NAME -> name(i);
                case Marks.STRING -> string(i, 0);
                case Marks.NUMBER -> i = numberSegment(i);
                case Marks.OP -> op(i);
                case Marks.COMMENT -> emit(TokenKind.COMMENT, start(i), end(i));
                default -> errorByte(start(i));
            }
            if (k == Marks.CONTINUATION && end(i) - start(i) > 1) {
                pendingContinuation = i;
            }
            i++;
        }
        finish(bodyStart, endPos, stoppedOnBlankTail, pendingContinuation);
    }

    private void finish(int bodyStart, int endPos, boolean stoppedOnBlankTail, int pendingContinuation) {
        if (pendingContinuation >= 0) {
            error(SYNTAX, "unexpected EOF while parsing", src.length, src.length);
        }
        if (depth > 0) {
            int at = brackets[Math.min(depth, MAX_BRACKET_DEPTH) - 1];
            error(SYNTAX, "'" + (char) src[at] + "' was never closed", at, at + 1);
        }
        if (!stoppedOnBlankTail && src.length > bodyStart) {
            byte last = src[src.length - 1];
            if (last != '\n' && last != '\r' && !lastLineIsComment(bodyStart)) {
                emit(TokenKind.NEWLINE, src.length, src.length);
            }
        }
        for (int d = indentTop; d > 0; d--) {
            emit(TokenKind.DEDENT, endPos, endPos);
        }
        emit(TokenKind.ENDMARKER, endPos, endPos);
    }

    private boolean lastLineIsComment(int bodyStart) {
        int p = src.length;
        while (p > bodyStart && src[p - 1] != '\n' && src[p - 1] != '\r') {
            p--;
        }
        while (p < src.length && isAsciiSpace(src[p])) {
            p++;
        }
        return p < src.length && src[p] == '#';
    }

    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\f' || b == 0x0B;
    }

    // ---- indentation -------------------------------------------------------------------------

    private void indentation(int col, int alt, int lineBegin, int firstToken) {
        int top = indents[indentTop];
        if (col == top) {
            if (alt != altIndents[indentTop]) {
                tabError(lineBegin, firstToken);
            }
        } else if (col > top) {
            if (indentTop + 1 >= MAX_INDENT && !indentLimitReported) {
                indentLimitReported = true;
                error(INDENTATION, "too many levels of indentation", lineBegin, firstToken);
            }
            if (alt <= altIndents[indentTop]) {
                tabError(lineBegin, firstToken);
            }
            if (indentTop + 1 == indents.length) {
                indents = Arrays.copyOf(indents, indents.length * 2);
                altIndents = Arrays.copyOf(altIndents, altIndents.length * 2);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            emit(TokenKind.INDENT, lineBegin, firstToken);
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                emit(TokenKind.DEDENT, firstToken, firstToken);
            }
            if (col != indents[indentTop]) {
                error(INDENTATION, "unindent does not match any outer indentation level", firstToken, firstToken);
            } else if (alt != altIndents[indentTop]) {
                tabError(lineBegin, firstToken);
            }
        }
    }

    private void tabError(int lineBegin, int firstToken) {
        error(INDENTATION, "inconsistent use of tabs and spaces in indentation", lineBegin, firstToken);
    }

    // ---- segments ----------------------------------------------------------------------------

    private void continuation(int i) {
        int s = start(i);
        if (end(i) - s > 1) {
            return; // backslash + line end: joins the lines, no token
        }
        emit(TokenKind.ERRORTOKEN, s, s + 1);
        if (i + 1 == segs.count()) {
            error(SYNTAX, "unexpected EOF while parsing", s, s + 1);
        } else {
            error(SYNTAX, "unexpected character after line continuation character", s, s + 1);
        }
    }

    private static boolean isQuote(byte b) {
        return b == '\'' || b == '"';
    }

    private void name(int i) {
        int s = start(i);
        int e = end(i);
        if (e - s >= 2 && isQuote(src[s + 1])) {
            string(i, 1);
            return;
        }
        if (e - s >= 3 && isQuote(src[s + 2])) {
            string(i, 2);
            return;
        }
        boolean ascii = true;
        for (int p = s; p < e; p++) {
            if (src[p] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            emit(TokenKind.NAME, s, e);
            return;
        }
        int bad = firstNonIdentifier(s, e);
        if (bad < 0) {
            emit(TokenKind.NAME, s, e);
            return;
        }
        emit(TokenKind.ERRORTOKEN, s, e);
        if (reportCharacters) {
            int cp = codePointAt(bad);
            error(SYNTAX, describeInvalid(cp), bad, bad + charLength(bad));
        }
    }

    /** Offset of the first code point of {@code [s, e)} that cannot be in an identifier, or -1. */
    private int firstNonIdentifier(int s, int e) {
        int p = s;
        boolean first = true;
        while (p < e) {
            int cp = codePointAt(p);
            boolean ok = first ? (cp == '_' || Character.isUnicodeIdentifierStart(cp))
                    : (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
            if (!ok) {
                return p;
            }
            first = false;
            p += charLength(p);
        }
        return -1;
    }

    private int charLength(int p) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return 1;
        }
        int b = src[p] & 0xFF;
        int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return Math.min(len, src.length - p);
    }

    private int codePointAt(int p) {
        int len = charLength(p);
        if (len == 1) {
            return src[p] & 0xFF;
        }
        String s = new String(src, p, len, charset);
        return s.codePointAt(0);
    }

    private static String describeInvalid(int cp) {
        String u = String.format(Locale.ROOT, "U+%04X", cp);
        int type = Character.getType(cp);
        boolean printable = !(Character.isISOControl(cp) || Character.isSpaceChar(cp)
                || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE);
        if (!printable) {
            return "invalid non-printable character " + u;
        }
        return "invalid character '" + new String(Character.toChars(cp)) + "' (" + u + ")";
    }

    private void errorByte(int s) {
        emit(TokenKind.ERRORTOKEN, s, s + 1);
        int b = src[s] & 0xFF;
        if (b == 0) {
            error(SYNTAX, "source code cannot contain null bytes", s, s + 1);
        } else if (b < 0x20 || b == 0x7F) {
            error(SYNTAX, describeInvalid(b), s, s + 1);
        } else {
            error(SYNTAX, "invalid syntax: unexpected character '" + (char) b + "'", s, s + 1);
        }
    }

    private void string(int i, int prefix) {
        int s = start(i);
        int e = end(i);
        boolean unterminated = (i + 1 < segs.count() && kind(i + 1) == Marks.NEWLINE_IN_STRING)
                || (i + 1 == segs.count() && LexerAutomaton.isOpenString(segs.finalState()));
        if (!unterminated) {
            emit(TokenKind.STRING, s, e);
            return;
        }
        emit(TokenKind.ERRORTOKEN, s, e);
        byte q = src[s + prefix];
        boolean triple = e - s >= prefix + 3 && src[s + prefix + 1] == q && src[s + prefix + 2] == q;
        if (triple) {
            int line = map().at(Math.max(0, src.length - 1)).line();
            error(SYNTAX, "unterminated triple-quoted string literal (detected at line " + line + ")", s, s + 1);
        } else {
            int line = map().at(s).line();
            error(SYNTAX, "unterminated string literal (detected at line " + line + ")", s, s + 1);
        }
    }

    /**
     * A NUMBER segment; returns the index of the last segment used. The automaton reads "1else" as
     * "1e" (an exponent begun) and "lse"; CPython backs up and reads "1" and "else", so a decimal
     * ending in e/E right before a name gives the e back to the name.
     */
    private int numberSegment(int i) {
        int s = start(i);
        int e = end(i);
        byte last = src[e - 1];
        boolean hex = e - s >= 2 && src[s] == '0' && (src[s + 1] | 0x20) == 'x';
        if ((last | 0x20) == 'e' && !hex && e - s >= 2 && i + 1 < segs.count() && kind(i + 1) == Marks.NAME
                && start(i + 1) == e && !prefixedString(i + 1) && ascii(start(i + 1), end(i + 1))) {
            number(s, e - 1);
            emit(TokenKind.NAME, e - 1, end(i + 1));
            return i + 1;
        }
        number(s, e);
        return i;
    }

    private boolean ascii(int s, int e) {
        for (int p = s; p < e; p++) {
            if (src[p] < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean prefixedString(int i) {
        int s = start(i);
        int e = end(i);
        return (e - s >= 2 && isQuote(src[s + 1])) || (e - s >= 3 && isQuote(src[s + 2]));
    }

    private void number(int s, int e) {
        emit(TokenKind.NUMBER, s, e);
        String message = NumberCheck.problem(src, s, e);
        if (message != null) {
            error(SYNTAX, message, s, e);
        }
    }

    private void op(int i) {
        int s = start(i);
        int e = end(i);
        byte c = src[s];
        if (c == '.' && e - s >= 2 && src[s + 1] != '.') {
            number(s, e); // ".5", ".5e3j": the automaton met the dot first
            return;
        }
        if (c == '.' && e - s == 2) {
            emit(TokenKind.OP, s, s + 1); // ".." is two dots; "..." is one token
            emit(TokenKind.OP, s + 1, e);
            return;
        }
        if (c == '!' && e - s == 1) {
            emit(TokenKind.ERRORTOKEN, s, e);
            error(SYNTAX, "invalid syntax: unexpected character '!'", s, e);
            return;
        }
        emit(TokenKind.OP, s, e);
        if (e - s != 1) {
            return;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= MAX_BRACKET_DEPTH) {
                if (!depthReported) {
                    depthReported = true;
                    error(SYNTAX, "too many nested parentheses", s, e);
                }
            } else {
                if (depth == brackets.length) {
                    brackets = Arrays.copyOf(brackets, depth * 2);
                }
                brackets[depth] = s;
            }
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                error(SYNTAX, "unmatched '" + (char) c + "'", s, e);
                return;
            }
            depth--;
            if (depth < MAX_BRACKET_DEPTH) {
                byte open = src[brackets[depth]];
                if (!matches(open, c)) {
                    error(SYNTAX, "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) open + "'", s, e);
                }
            }
        }
    }

    private static boolean matches(byte open, byte close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
    }
}
