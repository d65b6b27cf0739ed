package io.portalis.accel.python.lexer;

/**
 * Checks the text of a NUMBER segment against Python 3.11's literal rules, which the automaton
 * only approximates (it accepts, for example, any digit in an octal literal), and says what is
 * wrong in CPython's words.
 */
final class NumberCheck {
    private NumberCheck() {}

    /** The problem with {@code src[s, e)} as a number literal, or null when it is valid. */
    static String problem(byte[] src, int s, int e) {
        int last = src[e - 1] | 0x20;
        if (e - s >= 2 && src[s] == '0') {
            int radix = src[s + 1] | 0x20;
            if (radix == 'x' || radix == 'o' || radix == 'b') {
                String name = radix == 'x' ? "hexadecimal" : radix == 'o' ? "octal" : "binary";
                if (e - s == 2 || src[e - 1] == '_') {
                    return "invalid " + name + " literal";
                }
                int max = radix == 'o' ? '7' : '1';
                if (radix != 'x') {
                    for (int p = s + 2; p < e; p++) {
                        if (src[p] >= '0' && src[p] <= '9' && src[p] > max) {
                            return "invalid digit '" + (char) src[p] + "' in " + name + " literal";
                        }
                    }
                }
                return null;
            }
        }
        if (src[e - 1] == '_' || last == 'e' || src[e - 1] == '+' || src[e - 1] == '-') {
            return "invalid decimal literal";
        }
        if (src[s] == '0') {
            boolean nonZero = false;
            for (int p = s; p < e; p++) {
                byte b = src[p];
                if (b == '.' || (b | 0x20) == 'e' || (b | 0x20) == 'j') {
                    return null;
                }
                if (b >= '1' && b <= '9') {
                    nonZero = true;
                }
            }
            if (nonZero) {
                return "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers";
            }
        }
        return null;
    }
}
