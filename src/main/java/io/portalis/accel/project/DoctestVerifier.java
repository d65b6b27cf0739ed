package io.portalis.accel.project;

import io.portalis.accel.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The doctest half of {@code --verify}: every module with docstring examples runs them both ways,
 * CPython's doctest (each module imported by its dotted name from SRC, DocTestFinder and
 * DocTestRunner as testmod uses them) and the crate's {@code portalis--doctests} binary (the
 * translated examples), and each docstring's failed and tried counts are compared. A module is
 * {@code same} when every docstring failed and tried as many examples both ways; an example
 * failing on one side only is a difference, whichever side.
 */
public final class DoctestVerifier {
    /** CPython's side: one {@code name failed tried} line per docstring with examples, in doctest's order. */
    private static final String PYTHON_SIDE = String.join("\n",
            "import doctest, importlib, sys",
            "for name in sys.argv[1:]:",
            "    module = importlib.import_module(name)",
            "    runner = doctest.DocTestRunner(verbose=False)",
            "    for test in doctest.DocTestFinder().find(module):",
            "        if test.examples:",
            "            r = runner.run(test, out=lambda s: None)",
            "            print(test.name, r.failed, r.attempted)",
            "");

    private final Path source;
    private final Path crate;
    private final int threads;

    /** Runs up to {@code threads} modules at a time. */
    public DoctestVerifier(Path source, Path crate, int threads) {
        this.source = source;
        this.crate = crate;
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs both sides ({@code modules}: dotted name → source path) and compares them module by module,
     * each module in processes of its own: one that runs past the time limit or crashes is not run, alone.
     */
    public Report.Doctests verify(String python, Map<String, String> modules) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Report.DoctestFile> files = new ArrayList<>();
        try {
            List<CompletableFuture<Report.DoctestFile>> runs = new ArrayList<>();
            for (Map.Entry<String, String> m : modules.entrySet()) {
                runs.add(CompletableFuture.supplyAsync(() -> one(python, m.getKey(), m.getValue()), pool));
            }
            runs.forEach(r -> files.add(r.join()));
        } finally {
            pool.shutdownNow();
        }
        int same = (int) files.stream().filter(f -> f.status().equals("same")).count();
        int differs = (int) files.stream().filter(f -> f.status().equals("differs")).count();
        return new Report.Doctests(files, new Report.VerificationSummary(same, differs, files.size() - same - differs));
    }

    private Report.DoctestFile one(String python, String module, String path) {
        Map<String, String> env = Map.of("PYTHONHASHSEED", "0", "PYTHONDONTWRITEBYTECODE", "1");
        Map<String, String> only = Map.of(module, path);
        CrateVerifier.Run pyRun = CrateVerifier.run(List.of(python, "-c", PYTHON_SIDE, module), source,
                CrateVerifier.RUN_TIMEOUT_S, env);
        CrateVerifier.Run rs = CrateVerifier.run(List.of(crate.resolve("target").resolve("debug")
                .resolve(CrateLayout.DOCTEST_BINARY).toString(), module), source, CrateVerifier.RUN_TIMEOUT_S, env);
        String pyWhy = why("python3", pyRun);
        String rsWhy = why("the doctest binary", rs);
        List<String[]> p = pyWhy == null ? lines(pyRun.stdout(), only).getOrDefault(module, List.of()) : null;
        List<String[]> r = rsWhy == null ? lines(rs.stdout(), only).getOrDefault(module, List.of()) : null;
        if (pyWhy != null || rsWhy != null) {
            return new Report.DoctestFile(path, module, "not_run", pyWhy != null ? pyWhy : rsWhy, counts(p), counts(r));
        }
        String reason = difference(p, r);
        return new Report.DoctestFile(path, module, reason == null ? "same" : "differs", reason, counts(p), counts(r));
    }

    private static String why(String side, CrateVerifier.Run run) {
        if (run.failure() != null) {
            return side + ": " + run.failure();
        }
        if (run.exit() == null) {
            return side + " ran past " + CrateVerifier.RUN_TIMEOUT_S + " s";
        }
        if (run.exit() != 0) {
            String err = run.stderr().strip();
            return side + " exited with status " + run.exit() + (err.isEmpty() ? "" : ": " + err.substring(Math.max(0, err.length() - 300)));
        }
        return null;
    }

    /** Each module's lines ({@code name failed tried}), by the module their docstring's name starts with. */
    private static Map<String, List<String[]>> lines(byte[] stdout, Map<String, String> modules) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split(" ");
            if (f.length != 3) {
                continue;
            }
            String owner = null;
            for (String module : modules.keySet()) {
                if ((f[0].equals(module) || f[0].startsWith(module + "."))
                        && (owner == null || module.length() > owner.length())) {
                    owner = module;
                }
            }
            if (owner != null) {
                out.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static Report.DoctestCounts counts(List<String[]> lines) {
        if (lines == null) {
            return null;
        }
        int failed = 0;
        int attempted = 0;
        for (String[] l : lines) {
            failed += Integer.parseInt(l[1]);
            attempted += Integer.parseInt(l[2]);
        }
        return new Report.DoctestCounts(failed, attempted);
    }

    /** How the two sides' docstrings differ, or null. */
    private static String difference(List<String[]> py, List<String[]> rs) {
        for (int i = 0; i < Math.max(py.size(), rs.size()); i++) {
            String p = i < py.size() ? describe(py.get(i)) : "nothing";
            String r = i < rs.size() ? describe(rs.get(i)) : "nothing";
            if (!p.equals(r)) {
                return "CPython: " + p + "; translation: " + r;
            }
        }
        return null;
    }

    private static String describe(String[] l) {
        return l[0] + " " + l[1] + " of " + l[2] + " failed";
    }
}
