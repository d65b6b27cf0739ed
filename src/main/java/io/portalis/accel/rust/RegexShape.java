package io.portalis.accel.rust;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the translation needs to know of a constant {@code re} pattern before the program runs:
 * how many groups it has, their names, and which of them take part in every match (a group
 * outside any alternation, optional repeat, lookaround or conditional), which decides the
 * static types of {@code findall}, {@code split} and {@code group()}. Reading it follows CPython
 * 3.11's {@code Lib/re/_parser.py} closely enough to find the syntax errors it reports, with the
 * same message and position; an error it does not look for (the compiler's look-behind width
 * check) is left to the runtime's parser in {@code re.rs}, which raises it as CPython does.
 */
record RegexShape(int groups, Map<String, Integer> names, BitSet optional) {

    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    /** A syntax error as CPython's {@code re.error} reports it (position -1: none). */
    static final class SyntaxError extends Exception {
        final String kind;
        final int pos;

        SyntaxError(String kind, String msg, int pos) {
            super(msg);
            this.kind = kind;
            this.pos = pos;
        }

        /** The text of the exception as {@code str(e)} shows it. */
        String text(String pattern) {
            if (pos < 0) {
                return getMessage();
            }
            int[] cps = pattern.codePoints().toArray();
            boolean lines = pattern.indexOf('\n') >= 0;
            if (!lines) {
                return getMessage() + " at position " + pos;
            }
            int line = 1;
            int lastNl = -1;
            for (int i = 0; i < Math.min(pos, cps.length); i++) {
                if (cps[i] == '\n') {
                    line++;
                    lastNl = i;
                }
            }
            int column = lastNl < 0 ? pos + 1 : pos - lastNl;
            return getMessage() + " at position " + pos + " (line " + line + ", column " + column + ")";
        }
    }

    /** Python's repr of a str, for messages. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').appendCodePoint(c);
                    } else if (c < 32 || c == 127) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    /** Whether group {@code g} (1-based) takes part in every match. */
    boolean always(int g) {
        return !optional.get(g);
    }

    /** Whether every group takes part in every match. */
    boolean allAlways() {
        for (int g = 1; g <= groups; g++) {
            if (!always(g)) {
                return false;
            }
        }
        return true;
    }

    static RegexShape parse(String pattern, int flags) throws SyntaxError {
        Reader r = new Reader(pattern.codePoints().toArray(), flags);
        r.sub(0, (flags & VERBOSE) != 0);
        int f = r.flags;
        if ((f & LOCALE) != 0) {
            throw new SyntaxError("ValueError", "cannot use LOCALE flag with a str pattern", -1);
        }
        if ((f & ASCII) != 0 && (f & UNICODE) != 0) {
            throw new SyntaxError("ValueError", "ASCII and UNICODE flags are incompatible", -1);
        }
        if (r.peek() != null) {
            throw r.err("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> ref : r.condRefs.entrySet()) {
            if (ref.getKey() >= r.groups) {
                throw new SyntaxError("re.error", "invalid group reference " + ref.getKey(), ref.getValue());
            }
        }
        return new RegexShape(r.groups - 1, Map.copyOf(r.names), r.optional);
    }

    /** A token: a character, or a backslash and the character after it. */
    private record Tok(int c, boolean esc) {
        int len() {
            return esc ? 2 : 1;
        }

        String text() {
            return (esc ? "\\" : "") + Character.toString(c);
        }

        boolean is(char ch) {
            return !esc && c == ch;
        }
    }

    private static final class Reader {
        final int[] p;
        int i;
        int flags;
        int groups = 1;
        final Map<String, Integer> names = new LinkedHashMap<>();
        final BitSet open = new BitSet();
        final BitSet optional = new BitSet();
        final Map<Integer, Integer> condRefs = new LinkedHashMap<>();
        Integer lookbehind;

        Reader(int[] p, int flags) {
            this.p = p;
            this.flags = flags;
        }

        SyntaxError err(String msg, int offset) {
            return new SyntaxError("re.error", msg, i - offset);
        }

        Tok peek() throws SyntaxError {
            if (i >= p.length) {
                return null;
            }
            if (p[i] != '\\') {
                return new Tok(p[i], false);
            }
            if (i + 1 >= p.length) {
                throw new SyntaxError("re.error", "bad escape (end of pattern)", p.length - 1);
            }
            return new Tok(p[i + 1], true);
        }

        Tok get() throws SyntaxError {
            Tok t = peek();
            if (t != null) {
                i += t.len();
            }
            return t;
        }

        boolean eat(char c) throws SyntaxError {
            Tok t = peek();
            if (t != null && t.is(c)) {
                i++;
                return true;
            }
            return false;
        }

        String getwhile(int n, String allowed) {
            StringBuilder out = new StringBuilder();
            while (out.length() < n && i < p.length && p[i] < 128 && allowed.indexOf(p[i]) >= 0) {
                out.append((char) p[i++]);
            }
            return out.toString();
        }

        String getuntil(char terminator, String name) throws SyntaxError {
            StringBuilder result = new StringBuilder();
            while (true) {
                Tok t = get();
                if (t == null) {
                    if (result.isEmpty()) {
                        throw err("missing " + name, 0);
                    }
                    throw err("missing " + terminator + ", unterminated name", result.codePointCount(0, result.length()));
                }
                if (t.is(terminator)) {
                    if (result.isEmpty()) {
                        throw err("missing " + name, 1);
                    }
                    return result.toString();
                }
                result.append(t.text());
            }
        }

        static boolean identifier(String name) {
            if (name.isEmpty()) {
                return false;
            }
            int[] cps = name.codePoints().toArray();
            if (!(cps[0] == '_' || Character.isLetter(cps[0]))) {
                return false;
            }
            for (int c : cps) {
                if (!(c == '_' || Character.isLetterOrDigit(c))) {
                    return false;
                }
            }
            return true;
        }

        void checkName(String name, int offset) throws SyntaxError {
            if (!identifier(name)) {
                throw err("bad character in group name " + repr(name),
                        name.codePointCount(0, name.length()) + offset);
            }
        }

        boolean closed(int gid) {
            return gid < groups && !open.get(gid);
        }

        void checkLookbehindGroup(int gid) throws SyntaxError {
            if (lookbehind != null) {
                if (!closed(gid)) {
                    throw err("cannot refer to an open group", 0);
                }
                if (gid >= lookbehind) {
                    throw err("cannot refer to group defined in the same lookbehind subpattern", 0);
                }
            }
        }

        void markOptional(int from, int to) {
            if (to > from) {
                optional.set(from, to);
            }
        }

        void sub(int nested, boolean verbose) throws SyntaxError {
            int first = groups;
            int branches = 1;
            seq(nested + 1, nested == 0, verbose);
            while (eat('|')) {
                if (nested == 0) {
                    verbose = (flags & VERBOSE) != 0;
                }
                branches++;
                seq(nested + 1, false, verbose);
            }
            if (branches > 1) {
                markOptional(first, groups);
            }
        }

        private static final int NOTHING = 0;
        private static final int AT = 1;
        private static final int REPEAT = 2;
        private static final int OTHER = 3;

        void seq(int nested, boolean first, boolean verbose) throws SyntaxError {
            int last = NOTHING;
            int lastFrom = groups;
            boolean any = false;
            while (true) {
                Tok t = peek();
                if (t == null || t.is('|') || t.is(')')) {
                    return;
                }
                i += t.len();
                if (verbose && !t.esc()) {
                    if (" \t\n\r\u000b\f".indexOf(t.c()) >= 0) {
                        continue;
                    }
                    if (t.c() == '#') {
                        for (Tok c = get(); c != null && !c.is('\n'); c = get()) {
                            // a comment, up to the end of the line
                        }
                        continue;
                    }
                }
                int from = groups;
                if (t.esc()) {
                    last = escape(t.c()) ? AT : OTHER;
                    lastFrom = from;
                    any = true;
                    continue;
                }
                int c = t.c();
                if (c == '[') {
                    set();
                    last = OTHER;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    int here = i;
                    long min;
                    if (c == '{') {
                        Tok n = peek();
                        if (n != null && n.is('}')) {
                            last = OTHER;
                            lastFrom = from;
                            any = true;
                            continue;
                        }
                        String lo = getwhile(Integer.MAX_VALUE, "0123456789");
                        String hi = eat(',') ? getwhile(Integer.MAX_VALUE, "0123456789") : lo;
                        if (!eat('}')) {
                            i = here;
                            last = OTHER;
                            lastFrom = from;
                            any = true;
                            continue;
                        }
                        min = lo.isEmpty() ? 0 : number(lo);
                        long max = hi.isEmpty() ? Long.MAX_VALUE : number(hi);
                        if (max < min) {
                            throw err("min repeat greater than max repeat", i - here);
                        }
                    } else {
                        min = c == '+' ? 1 : 0;
                    }
                    if (last == NOTHING || last == AT) {
                        throw err("nothing to repeat", i - here + 1);
                    }
                    if (last == REPEAT) {
                        throw err("multiple repeat", i - here + 1);
                    }
                    if (!eat('?')) {
                        eat('+');
                    }
                    if (min == 0) {
                        markOptional(lastFrom, groups);
                    }
                    last = REPEAT;
                    continue;
                } else if (c == '^' || c == '$') {
                    last = AT;
                } else if (c == '(') {
                    int kind = group(i - 1, nested, first && !any, verbose);
                    if (kind == 2) {
                        verbose = (flags & VERBOSE) != 0;
                        continue;
                    }
                    if (kind == 1) {
                        continue;
                    }
                    last = OTHER;
                } else {
                    last = OTHER;
                }
                lastFrom = from;
                any = true;
            }
        }

        long number(String digits) throws SyntaxError {
            if (digits.length() > 10 || Long.parseLong(digits) >= 4294967295L) {
                throw new SyntaxError("OverflowError", "the repetition number is too large", -1);
            }
            return Long.parseLong(digits);
        }

        /** A parenthesis: 0 an item, 1 nothing (a comment), 2 global flags. */
        int group(int start, int nested, boolean first, boolean verbose) throws SyntaxError {
            boolean capture = true;
            String name = null;
            int add = 0;
            int del = 0;
            if (eat('?')) {
                Tok c = get();
                if (c == null) {
                    throw err("unexpected end of pattern", 0);
                }
                if (c.is('P')) {
                    if (eat('<')) {
                        name = getuntil('>', "group name");
                        checkName(name, 1);
                    } else if (eat('=')) {
                        String n = getuntil(')', "group name");
                        checkName(n, 1);
                        int len = n.codePointCount(0, n.length()) + 1;
                        Integer gid = names.get(n);
                        if (gid == null) {
                            throw err("unknown group name " + repr(n), len);
                        }
                        if (!closed(gid)) {
                            throw err("cannot refer to an open group", len);
                        }
                        checkLookbehindGroup(gid);
                        return 0;
                    } else {
                        Tok t = get();
                        if (t == null) {
                            throw err("unexpected end of pattern", 0);
                        }
                        throw err("unknown extension ?P" + t.text(), t.len() + 2);
                    }
                } else if (c.is(':')) {
                    capture = false;
                } else if (c.is('#')) {
                    while (true) {
                        if (peek() == null) {
                            throw err("missing ), unterminated comment", i - start);
                        }
                        Tok t = get();
                        if (t.is(')')) {
                            return 1;
                        }
                    }
                } else if (c.is('=') || c.is('!') || c.is('<')) {
                    boolean behind = c.is('<');
                    Integer saved = lookbehind;
                    if (behind) {
                        Tok k = get();
                        if (k == null) {
                            throw err("unexpected end of pattern", 0);
                        }
                        if (!(k.is('=') || k.is('!'))) {
                            throw err("unknown extension ?<" + k.text(), k.len() + 2);
                        }
                        if (lookbehind == null) {
                            lookbehind = groups;
                        }
                    }
                    int from = groups;
                    sub(nested + 1, verbose);
                    if (behind && saved == null) {
                        lookbehind = null;
                    }
                    if (!eat(')')) {
                        throw err("missing ), unterminated subpattern", i - start);
                    }
                    markOptional(from, groups);
                    return 0;
                } else if (c.is('(')) {
                    String cond = getuntil(')', "group name");
                    int len = cond.codePointCount(0, cond.length()) + 1;
                    int gid;
                    if (identifier(cond)) {
                        Integer g = names.get(cond);
                        if (g == null) {
                            throw err("unknown group name " + repr(cond), len);
                        }
                        gid = g;
                    } else {
                        if (!cond.chars().allMatch(ch -> ch >= '0' && ch <= '9') || cond.length() > 9) {
                            throw err("bad character in group name " + repr(cond), len);
                        }
                        gid = Integer.parseInt(cond);
                        if (gid == 0) {
                            throw err("bad group number", len);
                        }
                        condRefs.putIfAbsent(gid, i - len);
                    }
                    checkLookbehindGroup(gid);
                    int from = groups;
                    seq(nested + 1, false, verbose);
                    if (eat('|')) {
                        seq(nested + 1, false, verbose);
                        Tok t = peek();
                        if (t != null && t.is('|')) {
                            throw err("conditional backref with more than two branches", 0);
                        }
                    }
                    if (!eat(')')) {
                        throw err("missing ), unterminated subpattern", i - start);
                    }
                    markOptional(from, groups);
                    return 0;
                } else if (c.is('>')) {
                    capture = false;
                } else if (!c.esc() && (flag(c.c()) != 0 || c.c() == '-')) {
                    int[] ad = inlineFlags(c.c());
                    if (ad == null) {
                        if (!first) {
                            throw err("global flags not at the start of the expression", i - start);
                        }
                        return 2;
                    }
                    add = ad[0];
                    del = ad[1];
                    capture = false;
                } else {
                    throw err("unknown extension ?" + c.text(), c.len() + 1);
                }
            }
            if (capture) {
                int gid = groups++;
                open.set(gid);
                if (name != null) {
                    Integer old = names.get(name);
                    if (old != null) {
                        throw err("redefinition of group name " + repr(name) + " as group " + gid
                                + "; was group " + old, name.codePointCount(0, name.length()) + 1);
                    }
                    names.put(name, gid);
                }
                sub(nested + 1, (verbose || (add & VERBOSE) != 0) && (del & VERBOSE) == 0);
                if (!eat(')')) {
                    throw err("missing ), unterminated subpattern", i - start);
                }
                open.clear(gid);
                return 0;
            }
            sub(nested + 1, (verbose || (add & VERBOSE) != 0) && (del & VERBOSE) == 0);
            if (!eat(')')) {
                throw err("missing ), unterminated subpattern", i - start);
            }
            return 0;
        }

        static int flag(int c) {
            return switch (c) {
                case 'i' -> IGNORECASE;
                case 'L' -> LOCALE;
                case 'm' -> MULTILINE;
                case 's' -> DOTALL;
                case 'x' -> VERBOSE;
                case 'a' -> ASCII;
                case 't' -> 1;
                case 'u' -> UNICODE;
                default -> 0;
            };
        }

        int[] inlineFlags(int first) throws SyntaxError {
            int add = 0;
            int del = 0;
            Tok c = new Tok(first, false);
            int typeFlags = ASCII | LOCALE | UNICODE;
            if (first != '-') {
                while (true) {
                    int f = flag(c.c());
                    if (c.c() == 'L') {
                        throw err("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                    }
                    add |= f;
                    if ((f & typeFlags) != 0 && (add & typeFlags) != f) {
                        throw err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                    }
                    c = get();
                    if (c == null) {
                        throw err("missing -, : or )", 0);
                    }
                    if (c.is(')') || c.is('-') || c.is(':')) {
                        break;
                    }
                    if (c.esc() || flag(c.c()) == 0) {
                        throw err(!c.esc() && Character.isLetter(c.c()) ? "unknown flag" : "missing -, : or )", c.len());
                    }
                }
            }
            if (c.is(')')) {
                flags |= add;
                return null;
            }
            if ((add & (1 | 128)) != 0) {
                throw err("bad inline flags: cannot turn on global flag", 1);
            }
            if (c.is('-')) {
                c = get();
                if (c == null) {
                    throw err("missing flag", 0);
                }
                if (c.esc() || flag(c.c()) == 0) {
                    throw err(!c.esc() && Character.isLetter(c.c()) ? "unknown flag" : "missing flag", c.len());
                }
                while (true) {
                    int f = flag(c.c());
                    if ((f & typeFlags) != 0) {
                        throw err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                    }
                    del |= f;
                    c = get();
                    if (c == null) {
                        throw err("missing :", 0);
                    }
                    if (c.is(':')) {
                        break;
                    }
                    if (c.esc() || flag(c.c()) == 0) {
                        throw err(!c.esc() && Character.isLetter(c.c()) ? "unknown flag" : "missing :", c.len());
                    }
                }
            }
            if ((del & (1 | 128)) != 0) {
                throw err("bad inline flags: cannot turn off global flag", 1);
            }
            if ((add & del) != 0) {
                throw err("bad inline flags: flag turned on and off", 1);
            }
            return new int[] {add, del};
        }

        /** An escape outside a set; true when it is zero-width (an anchor). */
        boolean escape(int c) throws SyntaxError {
            if ("AZbB".indexOf(c) >= 0) {
                return true;
            }
            if ("dDsSwWafnrtv\\".indexOf(c) >= 0) {
                return false;
            }
            if (c == 'x' || c == 'u' || c == 'U') {
                hex(c);
                return false;
            }
            if (c == 'N') {
                throw err("\\N{...} escapes are not supported by this translation", 2);
            }
            if (c == '0') {
                getwhile(2, "01234567");
                return false;
            }
            if (c >= '1' && c <= '9') {
                String escape = "\\" + (char) c;
                if (i < p.length && p[i] >= '0' && p[i] <= '9') {
                    escape += (char) p[i++];
                    if (c <= '7' && escape.charAt(2) <= '7' && i < p.length && p[i] >= '0' && p[i] <= '7') {
                        escape += (char) p[i++];
                        if (Integer.parseInt(escape.substring(1), 8) > 0377) {
                            throw err("octal escape value " + escape + " outside of range 0-0o377", escape.length());
                        }
                        return false;
                    }
                }
                int group = Integer.parseInt(escape.substring(1));
                if (group < groups) {
                    if (!closed(group)) {
                        throw err("cannot refer to an open group", escape.length());
                    }
                    checkLookbehindGroup(group);
                    return false;
                }
                throw err("invalid group reference " + group, escape.length() - 1);
            }
            if (c < 128 && Character.isLetter(c)) {
                throw err("bad escape \\" + (char) c, 2);
            }
            return false;
        }

        void hex(int c) throws SyntaxError {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            String hex = getwhile(digits, "0123456789abcdefABCDEF");
            String escape = "\\" + (char) c + hex;
            if (hex.length() != digits) {
                throw err("incomplete escape " + escape, escape.length());
            }
            if (Long.parseLong(hex, 16) > 0x10FFFF) {
                throw err("bad escape " + escape, escape.length());
            }
        }

        /** An escape inside a set: its character, or -1 for a class (\d, \w, \s...). */
        int setEscape(int c) throws SyntaxError {
            switch (c) {
                case 'a': return 7;
                case 'b': return 8;
                case 'f': return 12;
                case 'n': return 10;
                case 'r': return 13;
                case 't': return 9;
                case 'v': return 11;
                case '\\': return '\\';
                default: break;
            }
            if ("dDsSwW".indexOf(c) >= 0) {
                return -1;
            }
            if (c == 'x' || c == 'u' || c == 'U') {
                int start = i;
                hex(c);
                return Integer.parseInt(new String(p, start, i - start), 16);
            }
            if (c == 'N') {
                throw err("\\N{...} escapes are not supported by this translation", 2);
            }
            if (c >= '0' && c <= '7') {
                String escape = "\\" + (char) c + getwhile(2, "01234567");
                int v = Integer.parseInt(escape.substring(1), 8);
                if (v > 0377) {
                    throw err("octal escape value " + escape + " outside of range 0-0o377", escape.length());
                }
                return v;
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                throw err("bad escape \\" + (char) c, 2);
            }
            return c;
        }

        void set() throws SyntaxError {
            int here = i - 1;
            eat('^');
            boolean any = false;
            while (true) {
                Tok t = get();
                if (t == null) {
                    throw err("unterminated character set", i - here);
                }
                if (t.is(']') && any) {
                    return;
                }
                int code1 = t.esc() ? setEscape(t.c()) : t.c();
                if (eat('-')) {
                    Tok that = get();
                    if (that == null) {
                        throw err("unterminated character set", i - here);
                    }
                    if (that.is(']')) {
                        return;
                    }
                    int code2 = that.esc() ? setEscape(that.c()) : that.c();
                    if (code1 < 0 || code2 < 0 || code2 < code1) {
                        throw err("bad character range " + t.text() + "-" + that.text(), t.len() + 1 + that.len());
                    }
                }
                any = true;
            }
        }
    }
}
