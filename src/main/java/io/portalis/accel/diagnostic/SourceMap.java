package io.portalis.accel.diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns byte offsets of one file into 1-based line and column numbers for display, and renders
 * diagnostics the way compilers do: {@code path:line:col: error: message}, the source line and a
 * caret. Lines end at LF, CR LF or a lone CR. Columns count code points (1-based), so a caret lines
 * up under non-ASCII text.
 */
public final class SourceMap {
    private final byte[] source;
    private final int[] lineStarts;

    public SourceMap(byte[] source) {
        this.source = source;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            boolean eol = b == '\n' || (b == '\r' && (i + 1 >= source.length || source[i + 1] != '\n'));
            if (eol) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** A 1-based line and 1-based column. */
    public record LineCol(int line, int column) {}

    public LineCol at(int offset) {
        int off = Math.max(0, Math.min(offset, source.length));
        int idx = Arrays.binarySearch(lineStarts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        int start = lineStarts[line];
        int column = 1;
        for (int i = start; i < off; i++) {
            if ((source[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new LineCol(line + 1, column);
    }

    /** The text of a 1-based line, without its line end. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : source.length;
        while (end > start && (source[end - 1] == '\n' || source[end - 1] == '\r')) {
            end--;
        }
        return new String(source, start, end - start, StandardCharsets.UTF_8);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** {@code path:line:col: error: message}, then the source line and a caret under the column. */
    public String render(String path, Diagnostic d) {
        LineCol lc = at(d.start());
        String text = lineText(lc.line()).replace('\t', ' ');
        StringBuilder sb = new StringBuilder();
        sb.append(path).append(':').append(lc.line()).append(':').append(lc.column()).append(": ")
                .append(d.severity().word()).append(": ").append(d.message()).append('\n');
        sb.append(text).append('\n');
        int caretCol = Math.min(lc.column() - 1, text.codePointCount(0, text.length()));
        sb.append(" ".repeat(Math.max(0, caretCol))).append('^');
        return sb.toString();
    }
}
