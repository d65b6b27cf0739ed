package io.portalis.accel.rust.fuzz;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the programs of a range of seeds through {@link Differential}, a few at a time, minimises
 * every failure when asked, and sums up: programs per outcome, the refusals by diagnostic, and
 * each failure with its seed, detail and (minimised) program.
 */
final class FuzzCampaign {
    record Failure(long seed, Differential.Outcome outcome, String program, String minimal,
            Differential.Outcome minimalOutcome) {}

    record Summary(int programs, Map<Differential.Kind, Integer> kinds, Map<String, Integer> refusals,
            List<Failure> failures, List<String> invalid, double seconds) {
        int count(Differential.Kind k) {
            return kinds.getOrDefault(k, 0);
        }

        double refusalRate() {
            return programs == 0 ? 0 : (double) count(Differential.Kind.REFUSED) / programs;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("fuzz: %d programs in %.1f s: %s; refusal rate %.0f%%%n", programs, seconds, kinds,
                    100 * refusalRate()));
            refusals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format("  refused %3d x %s%n", e.getValue(), e.getKey())));
            for (String i : invalid) {
                b.append("  generator defect: ").append(i).append('\n');
            }
            for (Failure f : failures) {
                b.append("  ").append(f.outcome().kind()).append(" seed ").append(f.seed()).append(": ")
                        .append(f.outcome().detail()).append('\n');
            }
            return b.toString();
        }
    }

    private final Features features;
    private final int threads;
    private final Path work;
    private final Path saveTo;
    private final long minimiseSeconds;
    private final PrintStream log;

    /**
     * @param saveTo          where each failure's programs and outputs are written, or null
     * @param minimiseSeconds time allowed to shrink one failure; 0 to keep failures as found
     */
    FuzzCampaign(Features features, int threads, Path work, Path saveTo, long minimiseSeconds, PrintStream log) {
        this.features = features;
        this.threads = threads;
        this.work = work;
        this.saveTo = saveTo;
        this.minimiseSeconds = minimiseSeconds;
        this.log = log;
    }

    Summary run(long firstSeed, int count) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object[]>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = firstSeed + i;
            results.add(pool.submit(() -> one(seed)));
        }
        pool.shutdown();
        Map<Differential.Kind, Integer> kinds = new EnumMap<>(Differential.Kind.class);
        Map<String, Integer> refusals = new TreeMap<>();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object[] r = results.get(i).get();
            Differential.Outcome o = (Differential.Outcome) r[0];
            kinds.merge(o.kind(), 1, Integer::sum);
            if (o.kind() == Differential.Kind.REFUSED) {
                refusals.merge(shorten(o.detail()), 1, Integer::sum);
            } else if (o.kind() == Differential.Kind.INVALID) {
                invalid.add("seed " + (firstSeed + i) + ": " + o.detail());
            } else if (r[1] != null) {
                failures.add((Failure) r[1]);
            }
        }
        return new Summary(count, kinds, refusals, failures, invalid, (System.nanoTime() - start) / 1e9);
    }

    /** A refusal's message without the parts that name the program's own identifiers. */
    private static String shorten(String detail) {
        String d = detail.replaceAll("\\b(v|c|i|w|k|f|p|q|C|Err|proc)\\d+\\b", "$1N");
        return d.length() > 110 ? d.substring(0, 110) + "..." : d;
    }

    private Object[] one(long seed) throws Exception {
        List<Stmt> program = ProgramGenerator.generate(seed, features);
        String source = Stmt.render(program);
        Differential d = new Differential(work.resolve("s" + seed));
        Differential.Outcome o = d.check(source);
        if (!o.kind().failure()) {
            if (o.kind() == Differential.Kind.INVALID && saveTo != null) {
                Files.createDirectories(saveTo);
                Files.writeString(saveTo.resolve("invalid-" + seed + ".py"), source);
            }
            return new Object[] {o, null};
        }
        log.println("fuzz: seed " + seed + " " + o.kind() + ": " + o.detail());
        String minimal = null;
        Differential.Outcome mo = null;
        if (minimiseSeconds > 0) {
            Minimiser m = new Minimiser(d, o, minimiseSeconds);
            mo = m.minimise(program);
            minimal = Stmt.render(program);
            log.println("fuzz: seed " + seed + " minimised in " + m.checks() + " checks:\n" + minimal
                    + "--- python3 (exit " + mo.python().exit() + ")\n" + mo.python().stdout()
                    + (mo.rust() == null ? "" : "--- translation (exit " + mo.rust().exit() + ")\n" + mo.rust().stdout()
                    + mo.rust().stderr()));
        }
        Failure f = new Failure(seed, o, source, minimal, mo);
        if (saveTo != null) {
            save(f);
        }
        return new Object[] {o, f};
    }

    private void save(Failure f) throws Exception {
        Files.createDirectories(saveTo);
        String base = "seed-" + f.seed();
        Files.writeString(saveTo.resolve(base + ".py"), f.program());
        Differential.Outcome shown = f.minimalOutcome() != null ? f.minimalOutcome() : f.outcome();
        if (f.minimal() != null) {
            Files.writeString(saveTo.resolve(base + ".min.py"), f.minimal());
            Files.writeString(saveTo.resolve(base + ".min.out"), shown.python().stdout());
        }
        StringBuilder report = new StringBuilder();
        report.append(shown.kind()).append(": ").append(shown.detail()).append('\n');
        report.append("--- python3 exit ").append(shown.python().exit()).append('\n').append(shown.python().stdout())
                .append(shown.python().stderr());
        if (shown.rust() != null) {
            report.append("--- ").append(shown.kind() == Differential.Kind.RUSTC ? "rustc" : "translation")
                    .append(" exit ").append(shown.rust().exit()).append('\n').append(shown.rust().stdout())
                    .append(shown.rust().stderr());
        }
        Files.writeString(saveTo.resolve(base + ".txt"), report);
    }
}
