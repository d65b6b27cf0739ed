package io.portalis.accel.rust.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Long fuzz runs from the command line ({@code bench/fuzz.sh} starts it on the test classpath):
 * {@code FuzzMain FIRST_SEED COUNT OUT_DIR [suite|wide|all] [MINIMISE_SECONDS]}. Prints the summary;
 * writes each failure (original, minimised program, CPython's output of it, what differs) to
 * OUT_DIR. Exits 1 when a translated program differed. {@code FuzzMain print SEED [suite|wide|all]} prints
 * the program of one seed.
 */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("print")) {
            Features f = Features.named(args.length > 2 ? args[2] : "suite");
            System.out.print(Stmt.render(ProgramGenerator.generate(Long.parseLong(args[1]), f)));
            return;
        }
        if (args.length >= 4 && args[0].equals("write")) {
            Path dir = Files.createDirectories(Path.of(args[3]));
            for (long seed = Long.parseLong(args[1]); seed < Long.parseLong(args[1]) + Long.parseLong(args[2]); seed++) {
                Files.writeString(dir.resolve("p" + seed + ".py"), Stmt.render(ProgramGenerator.generate(seed,
                        Features.named(args.length > 4 ? args[4] : "suite"))));
            }
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: FuzzMain FIRST_SEED COUNT OUT_DIR [suite|wide|all] [MINIMISE_SECONDS]");
            System.exit(2);
        }
        long first = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Features features = Features.named(args.length > 3 ? args[3] : "suite");
        long minimise = args.length > 4 ? Long.parseLong(args[4]) : 600;
        Path work = Files.createTempDirectory("fuzz-work");
        FuzzCampaign.Summary s = new FuzzCampaign(features, 1, work, out, minimise, System.err).run(first, count);
        System.out.print(s.text());
        System.exit(s.failures().isEmpty() ? 0 : 1);
    }
}
