package io.portalis.accel.python.parser;

import io.portalis.accel.python.ast.ConstantValue;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values of number and string literal tokens as CPython 3.11 does: escapes, raw and
 * bytes strings, {@code \N{...}} names, line ends inside strings read as {@code \n}, ints of any
 * size, floats correctly rounded, imaginary numbers.
 */
final class Literals {
    private Literals() {}

    /** The parts of a string token: its prefix letters and the byte range of its body. */
    record StringToken(boolean bytes, boolean raw, boolean fstring, boolean u, int bodyStart, int bodyEnd, boolean triple) {}

    static StringToken split(byte[] src, int start, int end) {
        boolean bytes = false;
        boolean raw = false;
        boolean f = false;
        boolean u = false;
        int i = start;
        while (i < end) {
            byte c = src[i];
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                f = true;
            } else if (c == 'u' || c == 'U') {
                u = true;
            } else {
                break;
            }
            i++;
        }
        byte q = src[i];
        boolean triple = end - i >= 6 && src[i + 1] == q && src[i + 2] == q;
        int quoteLen = triple ? 3 : 1;
        return new StringToken(bytes, raw, f, u, i + quoteLen, end - quoteLen, triple);
    }

    // ---------------------------------------------------------------- str

    /**
     * The str value of a body range: escapes decoded unless raw; CR LF and CR read as LF;
     * non-ASCII bytes read in {@code charset}. The index of each surrogate that an escape
     * produced is added to {@code surrogates} (when not null), since such a surrogate is a code
     * point of its own even next to another.
     */
    static String decodeStr(byte[] src, int from, int to, boolean raw, Charset charset, IntBag surrogates) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = src[i];
            if (c == '\r' || (c == '\\' && !raw)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text(src, from, to, charset);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int run = from;
        int i = from;
        while (i < to) {
            byte c = src[i];
            if (c == '\r') {
                appendText(sb, src, run, i, charset);
                sb.append('\n');
                i += (i + 1 < to && src[i + 1] == '\n') ? 2 : 1;
                run = i;
            } else if (c == '\\' && !raw && i + 1 < to) {
                appendText(sb, src, run, i, charset);
                i = strEscape(src, i, to, sb, surrogates);
                run = i;
            } else if (c == '\\' && raw && i + 1 < to) {
                // a raw backslash still keeps the next character (e.g. a quote or a line end) verbatim
                i += 2;
                if (src[i - 1] == '\r') {
                    appendText(sb, src, run, i - 1, charset);
                    sb.append('\n');
                    if (i < to && src[i] == '\n') {
                        i++;
                    }
                    run = i;
                }
            } else {
                i++;
            }
        }
        appendText(sb, src, run, to, charset);
        return sb.toString();
    }

    /** Decodes one escape starting at the backslash at {@code i}; returns the index after it. */
    private static int strEscape(byte[] src, int i, int to, StringBuilder sb, IntBag surrogates) {
        int c = src[i + 1] & 0xff;
        int j = i + 2;
        switch (c) {
            case '\n':
                return j;
            case '\r':
                return (j < to && src[j] == '\n') ? j + 1 : j;
            case '\\': sb.append('\\'); return j;
            case '\'': sb.append('\''); return j;
            case '"': sb.append('"'); return j;
            case 'a': sb.append('\u0007'); return j;
            case 'b': sb.append('\b'); return j;
            case 'f': sb.append('\f'); return j;
            case 'n': sb.append('\n'); return j;
            case 'r': sb.append('\r'); return j;
            case 't': sb.append('\t'); return j;
            case 'v': sb.append('\u000b'); return j;
            case 'x':
                return hexEscape(src, i, to, 2, sb, "truncated \\xXX escape", surrogates);
            case 'u':
                return hexEscape(src, i, to, 4, sb, "truncated \\uXXXX escape", surrogates);
            case 'U':
                return hexEscape(src, i, to, 8, sb, "truncated \\UXXXXXXXX escape", surrogates);
            case 'N': {
                if (j >= to || src[j] != '{') {
                    throw unicodeError(src, i, j, "malformed \\N character escape");
                }
                int k = j + 1;
                while (k < to && src[k] != '}') {
                    k++;
                }
                if (k >= to || k == j + 1) {
                    throw unicodeError(src, i, k, "malformed \\N character escape");
                }
                String name = new String(src, j + 1, k - j - 1, StandardCharsets.UTF_8);
                int cp = codePointOfName(name);
                if (cp < 0) {
                    throw unicodeError(src, i, k + 1, "unknown Unicode character name");
                }
                sb.appendCodePoint(cp);
                return k + 1;
            }
            default:
                if (c >= '0' && c <= '7') {
                    int v = c - '0';
                    int k = j;
                    while (k < to && k < i + 4 && src[k] >= '0' && src[k] <= '7') {
                        v = v * 8 + (src[k] - '0');
                        k++;
                    }
                    sb.append((char) v);
                    return k;
                }
                // an unknown escape keeps its backslash (CPython only warns)
                sb.append('\\');
                return i + 1;
        }
    }

    private static int hexEscape(byte[] src, int i, int to, int digits, StringBuilder sb, String what,
            IntBag surrogates) {
        int v = 0;
        int k = i + 2;
        for (int n = 0; n < digits; n++, k++) {
            int d = k < to ? Character.digit(src[k], 16) : -1;
            if (d < 0) {
                throw unicodeError(src, i, k, what);
            }
            v = v * 16 + d;
        }
        if (digits == 8 && (v < 0 || v > 0x10FFFF)) {
            throw unicodeError(src, i, k, "illegal Unicode character");
        }
        if (v >= 0xD800 && v <= 0xDFFF && surrogates != null) {
            surrogates.add(sb.length());
        }
        sb.appendCodePoint(v);
        return k;
    }

    private static int codePointOfName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static SyntaxError unicodeError(byte[] src, int from, int to, String what) {
        int upto = Math.max(from + 1, Math.min(to, src.length)) - 1;
        return new SyntaxError("E-SYNTAX", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + 0 + "-" + (upto - from) + ": " + what, from, Math.max(from + 1, to));
    }

    // ---------------------------------------------------------------- bytes

    static byte[] decodeBytes(byte[] src, int from, int to, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            int c = src[i] & 0xff;
            if (c >= 0x80) {
                throw new SyntaxError("E-SYNTAX", "bytes can only contain ASCII literal characters", i, i + 1);
            }
            if (c == '\r') {
                out.write('\n');
                i += (i + 1 < to && src[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\' || i + 1 >= to) {
                out.write(c);
                i++;
                continue;
            }
            if (raw) {
                out.write('\\');
                i++;
                int n = src[i] & 0xff;
                if (n == '\r') {
                    out.write('\n');
                    i += (i + 1 < to && src[i + 1] == '\n') ? 2 : 1;
                } else if (n < 0x80) {
                    out.write(n);
                    i++;
                }
                continue;
            }
            int e = src[i + 1] & 0xff;
            int j = i + 2;
            switch (e) {
                case '\n' -> i = j;
                case '\r' -> i = (j < to && src[j] == '\n') ? j + 1 : j;
                case '\\' -> { out.write('\\'); i = j; }
                case '\'' -> { out.write('\''); i = j; }
                case '"' -> { out.write('"'); i = j; }
                case 'a' -> { out.write(7); i = j; }
                case 'b' -> { out.write(8); i = j; }
                case 'f' -> { out.write(12); i = j; }
                case 'n' -> { out.write(10); i = j; }
                case 'r' -> { out.write(13); i = j; }
                case 't' -> { out.write(9); i = j; }
                case 'v' -> { out.write(11); i = j; }
                case 'x' -> {
                    int d1 = j < to ? Character.digit(src[j], 16) : -1;
                    int d2 = j + 1 < to ? Character.digit(src[j + 1], 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new SyntaxError("E-SYNTAX", "(value error) invalid \\x escape at position "
                                + (i - from), i, Math.min(to, j + 2));
                    }
                    out.write(d1 * 16 + d2);
                    i = j + 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = j;
                        while (k < to && k < i + 4 && src[k] >= '0' && src[k] <= '7') {
                            v = v * 8 + (src[k] - '0');
                            k++;
                        }
                        out.write(v & 0xff);
                        i = k;
                    } else {
                        out.write('\\');
                        i++;
                    }
                }
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- numbers

    private static final BigInteger[] SMALL = new BigInteger[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigInteger.valueOf(i);
        }
    }

    /** The value of a NUMBER token. */
    static ConstantValue number(byte[] src, int start, int end) {
        int len = end - start;
        // fast path: short plain decimal int
        if (len <= 18) {
            long v = 0;
            boolean simple = true;
            for (int i = start; i < end; i++) {
                int d = src[i] - '0';
                if (d < 0 || d > 9) {
                    simple = false;
                    break;
                }
                v = v * 10 + d;
            }
            if (simple) {
                if (len > 1 && src[start] == '0' && v != 0) {
                    throw leadingZeros(start, end);
                }
                return new ConstantValue.Int(v < SMALL.length ? SMALL[(int) v] : BigInteger.valueOf(v));
            }
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = start; i < end; i++) {
            if (src[i] != '_') {
                sb.append((char) src[i]);
            }
        }
        String t = sb.toString();
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        try {
            if (t.length() > 1 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
                int radix = switch (Character.toLowerCase(t.charAt(1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    default -> 2;
                };
                return new ConstantValue.Int(new BigInteger(t.substring(2), radix));
            }
            if (last == 'j') {
                return new ConstantValue.Complex(Double.parseDouble(t.substring(0, t.length() - 1)));
            }
            if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
                return new ConstantValue.Float(Double.parseDouble(t));
            }
            boolean allZero = t.chars().allMatch(ch -> ch == '0');
            if (t.length() > 1 && t.charAt(0) == '0' && !allZero) {
                throw leadingZeros(start, end);
            }
            if (t.length() > 4300) {
                throw new SyntaxError("E-SYNTAX", "Exceeds the limit (4300 digits) for integer string conversion: value has "
                        + t.length() + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                        + "hexadecimal for huge integer literals to avoid decimal conversion limits.", start, end);
            }
            return new ConstantValue.Int(new BigInteger(t));
        } catch (NumberFormatException e) {
            throw new SyntaxError("E-SYNTAX", "invalid number literal", start, end);
        }
    }

    private static SyntaxError leadingZeros(int start, int end) {
        return new SyntaxError("E-SYNTAX", "leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers", start, end);
    }

    // ---------------------------------------------------------------- utf-8

    static String text(byte[] src, int from, int to, Charset charset) {
        for (int i = from; i < to; i++) {
            if (src[i] < 0) {
                return new String(src, from, to - from, charset);
            }
        }
        return new String(src, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static void appendText(StringBuilder sb, byte[] src, int from, int to, Charset charset) {
        if (to > from) {
            sb.append(text(src, from, to, charset));
        }
    }
}
