package io.portalis.accel.rust.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded random differential test: the programs of a fixed seed range are generated,
 * translated in process, compiled with rustc, run, and compared with {@code PYTHONHASHSEED=0
 * python3}. A refusal is allowed (and counted: the summary on stderr gives the rate and the
 * diagnostics); a translation that prints or exits differently, Rust that does not compile, or a
 * translator exception fails the test with the program minimised. Override with
 * {@code -Dfuzz.seed=N -Dfuzz.count=N -Dfuzz.threads=N -Dfuzz.minimise=SECONDS}; long runs are
 * {@code bench/fuzz.sh}. Skipped where rustc or python3 is absent.
 */
class FuzzDifferentialTest {
    static final long SEED = Long.getLong("fuzz.seed", 1L);
    static final int COUNT = Integer.getInteger("fuzz.count", 10);

    @Test
    void generatedProgramsThatTranslatePrintWhatPythonPrints(@TempDir Path work) throws Exception {
        assumeTrue(available("rustc") && available("python3"), "rustc or python3 not found on PATH");
        int threads = Integer.getInteger("fuzz.threads", 2);
        long minimise = Long.getLong("fuzz.minimise", 120L);
        FuzzCampaign.Summary s = new FuzzCampaign(Features.SUITE, threads, work, null, minimise, System.err)
                .run(SEED, COUNT);
        System.err.print(s.text());
        assertTrue(s.invalid().isEmpty(), () -> "the generator wrote programs CPython rejects:\n" + s.text());
        assertTrue(s.failures().isEmpty(), () -> s.failures().size() + " translated programs differ:\n" + s.text()
                + failures(s));
        // a run where nearly everything is refused would check nothing
        assertTrue(s.count(Differential.Kind.SAME) * 2 >= COUNT, () -> "too few programs translated:\n" + s.text());
    }

    private static String failures(FuzzCampaign.Summary s) {
        StringBuilder b = new StringBuilder();
        for (FuzzCampaign.Failure f : s.failures()) {
            b.append("=== seed ").append(f.seed()).append(": ").append(f.outcome().detail()).append('\n');
            b.append(f.minimal() != null ? f.minimal() : f.program());
            Differential.Outcome o = f.minimalOutcome() != null ? f.minimalOutcome() : f.outcome();
            b.append("--- python3 (exit ").append(o.python().exit()).append(")\n").append(o.python().stdout());
            if (o.rust() != null) {
                b.append("--- translation (exit ").append(o.rust().exit()).append(")\n").append(o.rust().stdout())
                        .append(o.rust().stderr());
            }
        }
        return b.toString();
    }

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
