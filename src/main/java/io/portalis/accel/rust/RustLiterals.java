package io.portalis.accel.rust;

/** Rust literal syntax for Python values. */
final class RustLiterals {
    private RustLiterals() {}

    /** A Rust string literal holding exactly the text. */
    static String string(String text) {
        return "\"" + escape(text) + "\"";
    }

    /** Text for a format string: escaped as a literal, braces doubled. */
    static String formatText(String text) {
        return escape(text).replace("{", "{{").replace("}", "}}");
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                        throw new IllegalArgumentException("lone surrogate");
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * A Rust i64 literal. Rust gives an unsuffixed literal that nothing else types the type
     * {@code i32}, so one outside i32's range carries the {@code _i64} suffix.
     */
    static String intLiteral(java.math.BigInteger value) {
        String digits = value.toString();
        return value.bitLength() > 31 ? digits + "_i64" : digits;
    }

    /**
     * The f64 literal of an int literal ({@link #intLiteral} text, maybe signed) converted as
     * {@code float()} does: Rust reads the digits and rounds once, as CPython does, and an int has
     * no negative zero, so {@code -0} is {@code 0.0}.
     */
    static String intAsFloatLiteral(String intText) {
        String digits = intText.endsWith("_i64") ? intText.substring(0, intText.length() - 4) : intText;
        if (digits.matches("-?0+")) {
            return "0.0";
        }
        return digits + ".0";
    }

    /** A Rust f64 literal that reads back as exactly this double. */
    static String floatLiteral(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "f64::INFINITY" : "f64::NEG_INFINITY";
        }
        if (Double.isNaN(v)) {
            return "f64::NAN";
        }
        String s = Double.toString(v);
        // Java prints the shortest digits that round-trip; its exponent form is "1.0E20".
        s = s.replace("E", "e");
        if (!s.contains(".") && !s.contains("e")) {
            s = s + ".0";
        }
        return s;
    }
}
