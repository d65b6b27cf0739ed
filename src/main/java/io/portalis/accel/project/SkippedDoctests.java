package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy for docstring examples the translator cannot translate. A module that runs its
 * doctests ({@code doctest.testmod()} anywhere in it) fails loudly, as any untranslatable code
 * does: its output would be a different report. A module that never calls {@code testmod} is
 * translated without its doctests instead, each problem becoming a warning
 * ({@code W-DOCTEST-SKIPPED}, at the example's line, saying why): its program prints the same
 * either way, and only {@code cargo test} and {@code --verify} lose those examples.
 */
final class SkippedDoctests {
    static final String CODE = "W-DOCTEST-SKIPPED";
    private static final String IN_EXAMPLE = " (in a doctest example)";

    private SkippedDoctests() {
    }

    /** Whether the module calls {@code testmod} (as {@code doctest.testmod(...)} or a bare {@code testmod(...)}). */
    static boolean callsTestmod(Mod.Module module) {
        java.util.ArrayDeque<Node> work = new java.util.ArrayDeque<>(List.of(module));
        while (!work.isEmpty()) {
            Node n = work.pop();
            if (n instanceof Expr.Call c && ((c.func() instanceof Expr.Attribute a && a.attr().equals("testmod"))
                    || (c.func() instanceof Expr.Name id && id.id().equals("testmod")))) {
                return true;
            }
            work.addAll(NodeChildren.of(n));
        }
        return false;
    }

    /**
     * The modules (by path) whose doctests the next build of the index leaves out, each with its
     * warnings: those that do not call testmod and failed only because of their examples.
     */
    static Map<String, List<Diagnostic>> toSkip(Iterable<ProjectIndex.Module> modules) {
        Map<String, List<Diagnostic>> out = new HashMap<>();
        for (ProjectIndex.Module m : modules) {
            if (m.plain == null || m.doctests == null || !m.doctests.hasTests() && m.doctests.problems().isEmpty()
                    || callsTestmod(m.plain)) {
                continue;
            }
            List<Diagnostic> errors = new ArrayList<>();
            if (m.doctestsFailed()) {
                errors.addAll(m.doctests.problems());
            } else if (m.checked && m.rust == null) {
                errors.addAll(m.diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList());
                if (errors.isEmpty() || !errors.stream().allMatch(d -> d.message().endsWith(IN_EXAMPLE))) {
                    continue; // it fails for more than its examples: loudly, as it would anyway
                }
            }
            if (errors.isEmpty()) {
                continue;
            }
            out.put(m.file.relativePath(), errors.stream().filter(d -> d.severity() == Severity.ERROR).map(d ->
                    new Diagnostic(Severity.WARNING, CODE, "the module's doctests are left out (it never calls doctest.testmod()),"
                            + " since this example cannot be translated: "
                            + (d.message().endsWith(IN_EXAMPLE) ? d.message().substring(0, d.message().length()
                            - IN_EXAMPLE.length()) : d.message()), d.start(), d.end())).toList());
        }
        return out;
    }
}
