package io.portalis.accel.python.doctest;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The docstrings {@code doctest.testmod()} finds in a module, as CPython 3.11's DocTestFinder
 * finds them: the module's, each top-level function's and class's, and within a class each
 * method's (static and class methods and properties included) and nested class's. Each comes
 * with its name below the module ({@code ""}, {@code "f"}, {@code "C.m"}) and the 0-based line
 * doctest counts its examples from ({@code _find_lineno}: null for a property, whose failures
 * CPython reports at line {@code ?}). In doctest's order: sorted by full name.
 */
public final class DoctestSites {
    private static final Pattern QUOTE_LINE = Pattern.compile("(^|.*:)\\s*\\w*(\"|')", Pattern.UNICODE_CHARACTER_CLASS);

    private DoctestSites() {
    }

    /** One docstring: the object's name below the module, doctest's line for it, the string node. */
    public record Site(String name, Integer lineno, Expr.Constant docstring) {
        /** The full name doctest gives it in a module named {@code module}. */
        public String fullName(String module) {
            return name.isEmpty() ? module : module + "." + name;
        }

        /** The docstring's text. */
        public String text() {
            return ((ConstantValue.Str) docstring.value()).value();
        }
    }

    /** The module's docstrings in doctest's order; {@code lineStarts} are the offsets where the source's lines start. */
    public static List<Site> find(Mod.Module module, String[] sourceLines, LineIndex lines) {
        List<Site> out = new ArrayList<>();
        Expr.Constant doc = docstring(module.body());
        if (doc != null) {
            out.add(new Site("", quoteLine(0, sourceLines), doc));
        }
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                function(f, f.name(), sourceLines, lines, out);
            } else if (s instanceof Stmt.ClassDef c) {
                klass(c, c.name(), sourceLines, lines, out);
            }
        }
        // "" sorts first; the others as CPython compares "module.name" strings
        out.sort(Comparator.comparing(site -> site.name().isEmpty() ? "" : "." + site.name()));
        return out;
    }

    private static void function(Stmt.FunctionDef f, String name, String[] sourceLines, LineIndex lines, List<Site> out) {
        Expr.Constant doc = docstring(f.body());
        if (doc == null) {
            return;
        }
        boolean property = f.decorator_list().stream().anyMatch(d -> d instanceof Expr.Name n && n.id().equals("property"));
        int first = f.start();
        for (Expr d : f.decorator_list()) {
            first = Math.min(first, d.start());
        }
        out.add(new Site(name, property ? null : quoteLine(lines.line(first) - 1, sourceLines), doc));
    }

    private static void klass(Stmt.ClassDef c, String name, String[] sourceLines, LineIndex lines, List<Site> out) {
        Expr.Constant doc = docstring(c.body());
        if (doc != null) {
            // the first line of the file that looks like this class's statement, as _find_lineno searches
            Pattern header = Pattern.compile("^\\s*class\\s*" + Pattern.quote(c.name()) + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
            Integer lineno = null;
            for (int i = 0; i < sourceLines.length; i++) {
                if (header.matcher(sourceLines[i]).lookingAt()) {
                    lineno = quoteLine(i, sourceLines);
                    break;
                }
            }
            out.add(new Site(name, lineno, doc));
        }
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                function(f, name + "." + f.name(), sourceLines, lines, out);
            } else if (s instanceof Stmt.ClassDef inner) {
                klass(inner, name + "." + inner.name(), sourceLines, lines, out);
            }
        }
    }

    /** The first line from {@code from} on that begins with a quote mark (doctest's guess of the docstring's line). */
    private static Integer quoteLine(int from, String[] sourceLines) {
        for (int i = Math.max(0, from); i < sourceLines.length; i++) {
            if (QUOTE_LINE.matcher(sourceLines[i]).lookingAt()) {
                return i;
            }
        }
        return null;
    }

    private static Expr.Constant docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.Str) {
            return c;
        }
        return null;
    }

    /** Byte offsets of a source's lines (1-based line numbers, as diagnostics count them). */
    public static final class LineIndex {
        private final int[] starts;

        public LineIndex(byte[] source) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < source.length; i++) {
                if (source[i] == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The 1-based line of a byte offset. */
        public int line(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        /** The byte offset where a 1-based line starts (the end of the source past the last line). */
        public int start(int line) {
            return line - 1 < starts.length ? starts[Math.max(0, line - 1)] : starts[starts.length - 1];
        }

        public int lines() {
            return starts.length;
        }
    }
}
