package io.portalis.accel.python.lexer;

import io.portalis.accel.diagnostic.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a source file's bytes are to be read: where the text starts (after a UTF-8 byte order mark)
 * and which charset non-ASCII bytes are in, from the BOM and a PEP 263 {@code coding} declaration
 * on line 1 or 2. UTF-8 (the default), ASCII and Latin-1 keep every ASCII byte in place, so the
 * byte automaton reads them all, and so do the single-byte ASCII-compatible encodings (koi8-r,
 * cp1252, ISO-8859-15, ...); a declared multi-byte encoding (UTF-16, Shift-JIS, ...) gets a
 * diagnostic. Invalid UTF-8
 * gets a diagnostic too.
 *
 * @param bodyStart   offset of the first byte after the BOM (0 or 3)
 * @param charset     how to decode the file's bytes (identifiers, string literals): UTF-8, or the declared
 *                    single-byte ASCII-compatible encoding (Latin-1, koi8-r, cp1252, ...)
 * @param diagnostics encoding problems (empty when the file reads cleanly)
 */
public record SourceText(int bodyStart, Charset charset, List<Diagnostic> diagnostics) {
    public SourceText {
        diagnostics = List.copyOf(diagnostics);
    }

    public static final String CODE = "E-ENCODING";

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK = Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

    public boolean ok() {
        return diagnostics.isEmpty();
    }

    public static SourceText of(byte[] src) {
        List<Diagnostic> diags = new ArrayList<>();
        boolean bom = src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB
                && (src[2] & 0xFF) == 0xBF;
        int body = bom ? 3 : 0;
        int line1End = lineEnd(src, body);
        Cookie cookie = cookie(src, body, line1End);
        if (cookie == null && BLANK.matcher(latin1(src, body, line1End)).find() && line1End < src.length) {
            cookie = cookie(src, line1End, lineEnd(src, line1End));
        }
        Charset charset = StandardCharsets.UTF_8;
        boolean ascii = false;
        if (cookie != null) {
            String normal = normalName(cookie.name);
            Charset declared = lookup(normal);
            if (declared == null) {
                diags.add(Diagnostic.error(CODE, "unknown encoding: " + cookie.name, cookie.start, cookie.end));
            } else if (bom && !normal.equals("utf-8")) {
                diags.add(Diagnostic.error(CODE, "encoding problem: " + cookie.name + " with BOM",
                        cookie.start, cookie.end));
            } else if (declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.ISO_8859_1)) {
                charset = declared;
            } else if (declared.equals(StandardCharsets.US_ASCII)) {
                ascii = true;
            } else if (singleByteAsciiCompatible(declared)) {
                // e.g. koi8-r, cp1252, iso-8859-15: one byte is one character and ASCII stays ASCII
                charset = declared;
            } else {
                diags.add(Diagnostic.error(CODE, "encoding '" + cookie.name + "' is not supported: only UTF-8 and "
                        + "single-byte ASCII-compatible encodings are read; re-encode the file as UTF-8 (e.g. iconv -f "
                        + cookie.name + " -t utf-8) and change its coding declaration", cookie.start, cookie.end));
                // Read on as Latin-1 so that every byte is still one character and lexing goes on.
                charset = StandardCharsets.ISO_8859_1;
            }
        }
        if (diags.isEmpty() && charset.equals(StandardCharsets.UTF_8)) {
            int bad = ascii ? firstNonAscii(src, body) : firstInvalidUtf8(src, body);
            if (bad >= 0) {
                String hex = String.format(Locale.ROOT, "\\x%02x", src[bad] & 0xFF);
                String message;
                if (ascii) {
                    message = "'ascii' codec can't decode byte " + hex + ": the file declares ASCII";
                } else if (cookie == null) {
                    message = "Non-UTF-8 code starting with '" + hex + "', but no encoding declared; "
                            + "see https://peps.python.org/pep-0263/ for details";
                } else {
                    message = "invalid UTF-8 byte '" + hex + "' in a file declared " + cookie.name;
                }
                diags.add(Diagnostic.error(CODE, message, bad, bad + 1));
            }
        }
        return new SourceText(body, charset, diags);
    }

    private record Cookie(String name, int start, int end) {}

    /** Whether every byte is one character and bytes 0..127 are ASCII, so the byte automaton reads it as is. */
    static boolean singleByteAsciiCompatible(Charset cs) {
        try {
            if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1.0f
                    || cs.newDecoder().maxCharsPerByte() != 1.0f) {
                return false;
            }
            byte[] ascii = new byte[128];
            for (int i = 0; i < 128; i++) {
                ascii[i] = (byte) i;
            }
            return new String(ascii, cs).equals(new String(ascii, StandardCharsets.ISO_8859_1));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static Cookie cookie(byte[] src, int from, int to) {
        Matcher m = COOKIE.matcher(latin1(src, from, to));
        if (!m.find()) {
            return null;
        }
        return new Cookie(m.group(1), from + m.start(1), from + m.end(1));
    }

    private static String latin1(byte[] src, int from, int to) {
        return new String(src, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Offset just past the line end of the line starting at {@code from} (or the file end). */
    private static int lineEnd(byte[] src, int from) {
        for (int i = from; i < src.length; i++) {
            if (src[i] == '\n') {
                return i + 1;
            }
            if (src[i] == '\r') {
                return (i + 1 < src.length && src[i + 1] == '\n') ? i + 2 : i + 1;
            }
        }
        return src.length;
    }

    /** CPython's normalisation of an encoding name (tokenizer's get_normal_name). */
    static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static Charset lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return StandardCharsets.UTF_8;
            case "iso-8859-1": case "iso8859-1": case "latin1": case "latin": case "l1": case "8859":
            case "cp819": case "iso-ir-100": case "csisolatin1":
                return StandardCharsets.ISO_8859_1;
            case "ascii": case "us-ascii": case "646": case "us":
                return StandardCharsets.US_ASCII;
            default:
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    private static int firstNonAscii(byte[] src, int from) {
        for (int i = from; i < src.length; i++) {
            if (src[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] src, int from) {
        int i = from;
        int n = src.length;
        while (i < n) {
            int b = src[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + len > n) {
                return i;
            }
            int cp = b & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int c = src[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += len;
        }
        return -1;
    }
}
