package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks of constant {@code strftime}/{@code strptime} formats against what the runtime
 * reproduces: {@code %s} (seconds since the epoch in the local time zone), and in strptime
 * {@code %z}/{@code %Z} (time zones) and a directive given twice (CPython's regular expression
 * then fails to compile) are refused where the format is a literal; the runtime stops with an
 * error naming them where it is computed.
 */
final class DatetimeFormats {

    private DatetimeFormats() {
    }

    private static String constant(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s ? s.value() : null;
    }

    static void checkStrftime(Expr format) {
        String f = constant(format);
        if (f != null) {
            checkStrftime(f, format);
        }
    }

    static void checkStrftime(String f, Node at) {
        for (int i = 0; i + 1 < f.length(); i++) {
            if (f.charAt(i) != '%') {
                continue;
            }
            int j = i + 1;
            while (j < f.length() && "_-0^#".indexOf(f.charAt(j)) >= 0) {
                j++;
            }
            while (j < f.length() && Character.isDigit(f.charAt(j))) {
                j++;
            }
            if (j < f.length() && f.charAt(j) == 's') {
                throw Unsupported.construct("strftime directive %s (seconds since the epoch in the local time zone)",
                        at);
            }
            i = j;
        }
    }

    static void checkStrptime(Expr format) {
        String f = constant(format);
        if (f == null) {
            return;
        }
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i + 1 < f.length(); i++) {
            if (f.charAt(i) != '%') {
                continue;
            }
            char d = f.charAt(++i);
            if (d == 'z' || d == 'Z') {
                throw Unsupported.construct("strptime directive %" + d + " (time zones are not translated)", format);
            }
            String expanded = switch (d) {
                case 'c' -> "abdHMSY";
                case 'x' -> "mdy";
                case 'X' -> "HMS";
                case '%' -> "";
                default -> String.valueOf(d);
            };
            for (char x : expanded.toCharArray()) {
                if (!seen.add(x)) {
                    throw Unsupported.construct("strptime format with directive %" + x + " twice (CPython's"
                            + " pattern fails to compile: redefinition of group name)", format);
                }
            }
        }
    }
}
