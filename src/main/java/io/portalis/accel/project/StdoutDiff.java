package io.portalis.accel.project;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Where two programs' standard outputs first differ, in words for the report. */
final class StdoutDiff {
    private StdoutDiff() {
    }

    /** Null when equal; else the first differing line of each. */
    static String describe(byte[] python, byte[] rust) {
        if (Arrays.equals(python, rust)) {
            return null;
        }
        String[] a = new String(python, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(rust, StandardCharsets.UTF_8).split("\n", -1);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!a[i].equals(b[i])) {
                return "stdout line " + (i + 1) + ": " + quote(b[i]) + ", CPython's " + quote(a[i]);
            }
        }
        return a.length > b.length ? "stdout ends after line " + (b.length - 1) + " where CPython's goes on with " + quote(a[n])
                : "stdout goes on after CPython's last line with " + quote(b[n]);
    }

    private static String quote(String s) {
        String t = s.length() > 120 ? s.substring(0, 120) + "..." : s;
        return "'" + t + "'";
    }
}
