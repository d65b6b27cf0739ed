package io.portalis.accel.python.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python 3.11's repr() of the values a literal can produce: str, bytes, float and imaginary. */
public final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyRepr() {}

    /** repr(str): single quotes unless the text has a single quote and no double quote. */
    public static String str(String s) {
        return str(s.codePoints().toArray());
    }

    /** repr() of the str made of these code points (surrogates included, each as its own code point). */
    public static String str(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2);
        sb.append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (PythonPrintable.isPrintableNonAscii(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** repr(bytes): {@code b'...'} with the same quote choice as str. */
    public static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** repr(float): the shortest digits that read back as the same double, laid out as Python does. */
    public static String floatRepr(double d) {
        return shortFloat(d, true);
    }

    /** repr() of the complex number {@code imag * 1j} (real part +0.0): e.g. {@code 2j}, {@code 1.5j}, {@code 1e+16j}. */
    public static String imaginaryRepr(double imag) {
        return shortFloat(imag, false) + "j";
    }

    private static String shortFloat(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        double a = Math.abs(d);
        String digits;
        int decpt;
        if (a == 0) {
            digits = "0";
            decpt = 1;
        } else {
            BigDecimal exact = new BigDecimal(a);
            BigDecimal shortest = null;
            for (int p = 1; p <= 17; p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (r.doubleValue() == a) {
                    shortest = r;
                    break;
                }
            }
            BigDecimal norm = shortest.stripTrailingZeros();
            digits = norm.unscaledValue().toString();
            // value = digits * 10^-scale = 0.digits * 10^decpt
            decpt = digits.length() - norm.scale();
        }
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, String prefix, int v, int width) {
        sb.append(prefix);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }
}
