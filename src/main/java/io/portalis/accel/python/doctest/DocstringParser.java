package io.portalis.accel.python.doctest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a docstring into its doctest examples by the rules of CPython 3.11's
 * {@code doctest.DocTestParser}: tabs expanded, the common indentation removed, an example is a
 * {@code >>>} line with its {@code ...} continuation lines, its expected output the following
 * lines up to a blank line or the next {@code >>>}; an expected traceback gives the exception
 * line(s) it is matched by; {@code # doctest:} directives give the example's options. What
 * CPython's parser refuses with a ValueError comes back as a {@link Problem}.
 */
public final class DocstringParser {
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?<source>(?:^(?<indent>[ ]*)>>>.*)(?:\\n[ ]*\\.\\.\\..*)*)\\n?"
                    + "(?<want>(?:(?![ ]*$)(?![ ]*>>>).+$\\n?)*)", FLAGS);
    private static final Pattern EXCEPTION = Pattern.compile(
            "^(?<hdr>Traceback\\ \\((?:most\\ recent\\ call\\ last|innermost\\ last)\\):)\\s*$(?<stack>.*?)^(?<msg>\\w+.*)",
            FLAGS | Pattern.DOTALL);
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ ]*(#.*)?$", Pattern.UNIX_LINES);
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*doctest:\\s*([^\\n'\"]*)$", FLAGS);
    private static final Pattern INDENT = Pattern.compile("^([ ]*)(?=\\S)", FLAGS);
    private static final Pattern SPACES = Pattern.compile(" *");

    /** The option flags of doctest, by the names a directive uses. */
    public static final List<String> OPTION_NAMES = List.of("DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
            "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL", "REPORT_UDIFF", "REPORT_CDIFF",
            "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST");

    private DocstringParser() {
    }

    /**
     * One example: its source and expected output (each ending in a newline unless empty, as
     * doctest's Example keeps them), the expected exception line(s) or null, its 0-based line in
     * the docstring, its indentation, and the options its directives set (name → on/off).
     */
    public record Example(String source, String want, String excMsg, int lineno, int indent, Map<String, Boolean> options) {
        public Example {
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** Whether the option is on for this example (doctest's defaults are all off). */
        public boolean option(String name) {
            return options.getOrDefault(name, false);
        }
    }

    /** Why doctest would refuse the docstring (its ValueError), at a 0-based line of the docstring. */
    public record Problem(String message, int lineno) {}

    /** The docstring's examples, or the first problem doctest would raise. */
    public record Parsed(List<Example> examples, Problem problem) {
        public Parsed {
            examples = List.copyOf(examples);
        }
    }

    /** Parses a docstring; {@code name} is the test's name, used in problems as doctest words them. */
    public static Parsed parse(String docstring, String name) {
        String string = expandTabs(docstring);
        int minIndent = minIndent(string);
        if (minIndent > 0) {
            String[] lines = string.split("\n", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(lines[i].length() > minIndent ? lines[i].substring(minIndent) : "");
            }
            string = sb.toString();
        }
        List<Example> out = new ArrayList<>();
        int charno = 0;
        int lineno = 0;
        Matcher m = EXAMPLE.matcher(string);
        while (m.find()) {
            lineno += count(string, charno, m.start());
            int indent = m.group("indent").length();
            String[] sourceLines = m.group("source").split("\n", -1);
            for (int i = 0; i < sourceLines.length; i++) {
                String line = sourceLines[i];
                if (line.length() >= indent + 4 && line.charAt(indent + 3) != ' ') {
                    return problem(out, "line " + (lineno + i + 1) + " of the docstring for " + name + " lacks blank after "
                            + line.substring(indent, indent + 3) + ": " + pyRepr(line), lineno + i);
                }
            }
            String prefix = " ".repeat(indent) + ".";
            for (int i = 1; i < sourceLines.length; i++) {
                if (!sourceLines[i].isEmpty() && !sourceLines[i].startsWith(prefix)) {
                    return problem(out, inconsistent(lineno + i + 1, name, sourceLines[i]), lineno + i);
                }
            }
            StringBuilder source = new StringBuilder();
            for (int i = 0; i < sourceLines.length; i++) {
                if (i > 0) {
                    source.append('\n');
                }
                source.append(sourceLines[i].length() > indent + 4 ? sourceLines[i].substring(indent + 4) : "");
            }
            List<String> wantLines = new ArrayList<>(List.of(m.group("want").split("\n", -1)));
            if (wantLines.size() > 1 && SPACES.matcher(wantLines.get(wantLines.size() - 1)).matches()) {
                wantLines.remove(wantLines.size() - 1);
            }
            String wantPrefix = " ".repeat(indent);
            for (int i = 0; i < wantLines.size(); i++) {
                if (!wantLines.get(i).isEmpty() && !wantLines.get(i).startsWith(wantPrefix)) {
                    return problem(out, inconsistent(lineno + sourceLines.length + i + 1, name, wantLines.get(i)),
                            lineno + sourceLines.length + i);
                }
            }
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < wantLines.size(); i++) {
                if (i > 0) {
                    want.append('\n');
                }
                want.append(wantLines.get(i).length() > indent ? wantLines.get(i).substring(indent) : "");
            }
            Matcher exc = EXCEPTION.matcher(want);
            String excMsg = exc.lookingAt() ? exc.group("msg") : null;
            String src = source.toString();
            Map<String, Boolean> options = new LinkedHashMap<>();
            Matcher d = DIRECTIVE.matcher(src);
            while (d.find()) {
                for (String option : d.group(1).replace(',', ' ').trim().split("\\s+")) {
                    if (option.isEmpty()) {
                        continue;
                    }
                    if ((option.charAt(0) != '+' && option.charAt(0) != '-') || !OPTION_NAMES.contains(option.substring(1))) {
                        return problem(out, "line " + (lineno + 1) + " of the doctest for " + name
                                + " has an invalid option: " + pyRepr(option), lineno);
                    }
                    options.put(option.substring(1), option.charAt(0) == '+');
                }
            }
            boolean blank = BLANK_OR_COMMENT.matcher(src).matches();
            if (!options.isEmpty() && blank) {
                return problem(out, "line " + lineno + " of the doctest for " + name
                        + " has an option directive on a line with no example: " + pyRepr(src), lineno);
            }
            if (!blank) {
                String w = want.toString();
                out.add(new Example(src.endsWith("\n") ? src : src + "\n", w.isEmpty() || w.endsWith("\n") ? w : w + "\n",
                        excMsg == null || excMsg.endsWith("\n") ? excMsg : excMsg + "\n", lineno, minIndent + indent, options));
            }
            lineno += count(string, m.start(), m.end());
            charno = m.end();
        }
        return new Parsed(out, null);
    }

    private static Parsed problem(List<Example> so, String message, int lineno) {
        return new Parsed(so, new Problem(message, lineno));
    }

    private static String inconsistent(int line, String name, String text) {
        return "line " + line + " of the docstring for " + name + " has inconsistent leading whitespace: " + pyRepr(text);
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int minIndent(String s) {
        Matcher m = INDENT.matcher(s);
        int min = -1;
        while (m.find()) {
            int n = m.group(1).length();
            min = min < 0 ? n : Math.min(min, n);
        }
        return Math.max(min, 0);
    }

    /** {@code str.expandtabs()}: tab stops every 8 columns, the column restarting after \n and \r. */
    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** A str's repr as CPython writes it for these messages (quotes chosen as repr chooses them). */
    static String pyRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }
}
