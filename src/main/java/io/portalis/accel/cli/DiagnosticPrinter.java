package io.portalis.accel.cli;

import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.SkippedFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints diagnostics on stderr as compilers do: {@code path:line:col: error[E-CODE]: message}, the
 * source line and a caret, with the path as the user can open it ({@link DisplayPaths}). A big run
 * shows the first {@link #SHOWN} and then one tally by code of the rest (every one is in the report),
 * instead of flooding the terminal.
 */
final class DiagnosticPrinter {
    /** How many diagnostics are printed in full before the rest are only counted. */
    static final int SHOWN = 20;

    private final PrintWriter err;
    private final DisplayPaths paths;
    private final int limit;
    private int printed;
    private final Map<String, Integer> notShown = new LinkedHashMap<>();

    DiagnosticPrinter(PrintWriter err, DisplayPaths paths) {
        this(err, paths, SHOWN);
    }

    DiagnosticPrinter(PrintWriter err, DisplayPaths paths, int limit) {
        this.err = err;
        this.paths = paths;
        this.limit = limit;
    }

    /**
     * Prints the diagnostics of a run: each file's in task order (files not reached before an
     * interrupt are left out: the summary line says so, not one line per file), then the skipped
     * files', then the tally.
     */
    void printRun(List<FileOutcome> outcomes, List<SkippedFile> skipped) {
        for (FileOutcome o : outcomes) {
            if (o.status() == FileStatus.SKIPPED) {
                continue;
            }
            for (FileDiagnostic d : o.diagnostics()) {
                print(o.path(), d);
            }
        }
        for (SkippedFile s : skipped) {
            for (FileDiagnostic d : FileOutcome.skipped(s).diagnostics()) {
                print(s.relativePath(), d);
            }
        }
        finish();
    }

    /** Prints {@code d} of the file at {@code relativePath} (under SRC), or counts it once the limit is reached. */
    void print(String relativePath, FileDiagnostic d) {
        if (printed < limit) {
            printed++;
            err.println(render(paths.of(relativePath), d));
        } else {
            notShown.merge(d.code(), 1, Integer::sum);
        }
    }

    /** Prints the tally of what was not shown, if anything, and flushes. */
    void finish() {
        if (!notShown.isEmpty()) {
            int total = notShown.values().stream().mapToInt(Integer::intValue).sum();
            err.println("portalis-accel: " + String.format(Locale.ROOT, "%,d", total) + " more diagnostic(s) not shown ("
                    + tally(notShown, Integer.MAX_VALUE) + "); the report lists every one");
        }
        err.flush();
    }

    /** {@code path:line:col: severity[CODE]: message}, then the source line and caret where the diagnostic has them. */
    static String render(String displayPath, FileDiagnostic d) {
        String header = displayPath + ":" + d.line() + ":" + d.column() + ": " + d.severity() + "[" + d.code() + "]: "
                + d.message();
        int nl = d.rendered().indexOf('\n');
        return nl < 0 ? header : header + d.rendered().substring(nl);
    }

    /** {@code E-SYNTAX 20,000, E-TYPE 7} by count, largest first, at most {@code max} codes. */
    static String tally(Map<String, Integer> counts, int max) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < entries.size() && i < max; i++) {
            parts.add(entries.get(i).getKey() + " " + String.format(Locale.ROOT, "%,d", entries.get(i).getValue()));
        }
        if (entries.size() > max) {
            parts.add("...");
        }
        return String.join(", ", parts);
    }
}
