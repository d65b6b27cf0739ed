package io.portalis.accel.python.lexer;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders a token stream the way {@code python -m tokenize} does: one token a line,
 * {@code line,col-line,col:} (1-based lines, 0-based columns in characters), the kind, and the
 * token's text as a Python string literal. Diagnostics follow, one a line.
 */
public final class TokenDump {
    private TokenDump() {}

    public static String render(LexResult r) {
        SourceText text = SourceText.of(r.source());
        Charset cs = text.charset();
        SourceMap map = new SourceMap(r.source());
        StringBuilder sb = new StringBuilder();
        for (Token t : r.tokens()) {
            SourceMap.LineCol a = map.at(t.start());
            String startPos = a.line() + "," + column(r.source(), t.start(), a, text);
            String endPos;
            if (t.end() > t.start()) {
                // like tokenize: the end is just after the last character, on that character's line
                int last = lastCharStart(r.source(), t.start(), t.end(), cs);
                SourceMap.LineCol b = map.at(last);
                endPos = b.line() + "," + (column(r.source(), last, b, text) + 1);
            } else if (t.start() == r.source().length && r.source().length > text.bodyStart()
                    && r.source()[t.start() - 1] != '\n' && r.source()[t.start() - 1] != '\r'
                && t.kind() != TokenKind.NL) {
                // at the end of a file without a final line end, tokenize puts the added NEWLINE one
                // character wide, and DEDENT and ENDMARKER at the start of the line after
                if (t.kind() == TokenKind.NEWLINE) {
                    endPos = a.line() + "," + (column(r.source(), t.start(), a, text) + 1);
                } else {
                    startPos = (a.line() + 1) + ",0";
                    endPos = startPos;
                }
            } else {
                endPos = startPos;
            }
            String textRepr = repr(new String(r.source(), t.start(), t.end() - t.start(), cs));
            sb.append(String.format(Locale.ROOT, "%-20s%-15s%-15s%n", startPos + "-" + endPos + ":", t.kind(),
                    textRepr));
        }
        for (Diagnostic d : r.diagnostics()) {
            SourceMap.LineCol lc = map.at(d.start());
            sb.append(d.severity().word()).append(' ').append(d.code()).append(' ').append(lc.line()).append(':')
                    .append(lc.column()).append(": ").append(d.message()).append('\n');
        }
        return sb.toString();
    }

    private static int lastCharStart(byte[] src, int start, int end, Charset cs) {
        int p = end - 1;
        if (cs.equals(StandardCharsets.UTF_8)) {
            while (p > start && (src[p] & 0xC0) == 0x80) {
                p--;
            }
        }
        return p;
    }

    /** The 0-based column of {@code offset} in characters, not counting a BOM on line 1. */
    private static int column(byte[] src, int offset, SourceMap.LineCol lc, SourceText text) {
        int col = lc.column() - 1;
        if (!text.charset().equals(StandardCharsets.UTF_8)) {
            // SourceMap counts UTF-8 characters; in a single-byte encoding every byte is one
            int lineStart = offset;
            while (lineStart > 0 && src[lineStart - 1] != '\n' && src[lineStart - 1] != '\r') {
                lineStart--;
            }
            col = offset - lineStart;
        }
        if (lc.line() == 1 && text.bodyStart() == 3 && offset >= 3) {
            col -= 1; // the BOM is one character that tokenize does not count
        }
        return col;
    }

    /** A Python {@code repr()} of a str. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && !printable(cp))) {
                if (cp <= 0xFF) {
                    sb.append(String.format(Locale.ROOT, "\\x%02x", cp));
                } else if (cp <= 0xFFFF) {
                    sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
                } else {
                    sb.append(String.format(Locale.ROOT, "\\U%08x", cp));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(quote).toString();
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (Character.isSpaceChar(cp) && cp != ' '));
    }
}
