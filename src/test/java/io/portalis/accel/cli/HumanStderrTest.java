package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person reads on stderr: diagnostics they can open, a tally for big runs, one summary line, suggestions. */
class HumanStderrTest {
    @TempDir
    Path tmp;

    /** 35 programs that each fail with a diagnostic: more than {@link DiagnosticPrinter#SHOWN}. */
    private static final String UNSUPPORTED = "src/test/resources/golden/rust-unsupported";
    private static final Pattern HEADER =
            Pattern.compile("^(\\S+\\.py):(\\d+):(\\d+): (error|warning)\\[([EW]-[A-Z-]+)\\]: .+$", Pattern.MULTILINE);

    private CliRun run(String src, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("transpile", "--layout", "files", src, "-o", tmp.resolve("out").toString(),
                "--strategy", "cpu"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void diagnosticsCarryTheirCodeAndAPathTheUserCanOpenFromHere() {
        CliRun r = run(UNSUPPORTED);
        assertEquals(ExitCodes.FILES_FAILED, r.exitCode(), r.err());
        Matcher m = HEADER.matcher(r.err());
        int headers = 0;
        while (m.find()) {
            headers++;
            assertTrue(m.group(1).startsWith(UNSUPPORTED + "/"), "relative to the current folder: " + m.group());
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), "opens from here: " + m.group(1));
        }
        assertEquals(DiagnosticPrinter.SHOWN, headers, "the first " + DiagnosticPrinter.SHOWN + " in full\n" + r.err());
        List<String> lines = r.err().strip().lines().toList();
        String tally = lines.get(lines.size() - 2);
        assertTrue(tally.matches("portalis-accel: \\d+ more diagnostic\\(s\\) not shown \\(E-[A-Z]+ \\d+.*\\); "
                + "the report lists every one"), tally);
    }

    @Test
    void anAbsoluteSourceGivesAbsolutePaths() {
        String abs = Path.of(UNSUPPORTED).toAbsolutePath().toString();
        CliRun r = run(abs);
        Matcher m = HEADER.matcher(r.err());
        assertTrue(m.find(), r.err());
        assertTrue(m.group(1).startsWith(abs + "/"), m.group());
        assertTrue(Files.isRegularFile(Path.of(m.group(1))));
    }

    @Test
    void oneFinalSummaryLineThatQuietKeeps() {
        for (String quiet : new String[] {"", "-q"}) {
            CliRun r = quiet.isEmpty() ? run("examples") : CliRun.of("-q", "transpile", "--layout", "files", "examples", "-o",
                    tmp.resolve("out").toString(), "--strategy", "cpu");
            assertEquals(0, r.exitCode(), r.err());
            List<String> lines = r.err().strip().lines().toList();
            assertEquals(1, lines.size(), "only the summary on a clean run: " + r.err());
            String s = lines.get(0);
            assertTrue(s.matches("portalis-accel: 18 files: 18 ok, 0 failed; output in \\S+; \\d+\\.\\d s; "
                    + "strategy cpu; no fallback"), s);
        }
        CliRun failed = CliRun.of("-q", "transpile", "--layout", "files", UNSUPPORTED, "-o", tmp.resolve("out2").toString(), "-s", "cpu");
        List<String> lines = failed.err().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("portalis-accel: (\\d+) files: 0 ok, \\1 failed \\(E-[A-Z]+ \\d+(, E-[A-Z]+ \\d+)*(, \\.\\.\\.)?\\);"
                + " output in .*; strategy cpu; no fallback"), last);
    }

    @Test
    void mistypedCommandsAndOptionsGetASuggestion() {
        CliRun sub = CliRun.of("transpil", "examples");
        assertEquals(ExitCodes.USAGE, sub.exitCode());
        assertTrue(sub.err().contains("portalis-accel: did you mean 'transpile'"), sub.err());
        CliRun opt = CliRun.of("transpile", "--layout", "files", "examples", "--exlude", "tests");
        assertEquals(ExitCodes.USAGE, opt.exitCode());
        assertTrue(opt.err().contains("did you mean '--exclude'?"), opt.err());
        CliRun dev = CliRun.of("devcies");
        assertTrue(dev.err().contains("did you mean 'devices'?"), dev.err());
    }

    @Test
    void completionOffersTheStrategies() {
        CliRun c = CliRun.of("generate-completion");
        assertEquals(0, c.exitCode());
        Matcher m = Pattern.compile("\\(([^)]*)\\) # --strategy values").matcher(c.out());
        assertTrue(m.find(), "a candidate list for --strategy");
        for (String v : List.of("auto", "cpu", "gpu", "hybrid", "hybrid:70")) {
            assertTrue(m.group(1).contains("\"" + v + "\""), v + " in " + m.group(1));
        }
    }

    @Test
    void aStoppedProgressLineIsClearedAndDrawsNoMore() {
        StringWriter sw = new StringWriter();
        List<io.portalis.accel.transpile.SourceFile> files = List.of(
                new io.portalis.accel.transpile.SourceFile(Path.of("a.py"), "a.py", 10),
                new io.portalis.accel.transpile.SourceFile(Path.of("b.py"), "b.py", 10),
                new io.portalis.accel.transpile.SourceFile(Path.of("c.py"), "c.py", 10));
        ProgressLine p = new ProgressLine(files, new PrintWriter(sw, true));
        p.accept(io.portalis.accel.strategy.TaskResult.failure(0, "x", io.portalis.accel.strategy.ExecutorKind.CPU, 1));
        String drawn = sw.toString();
        assertTrue(drawn.startsWith("\r1/3 files"), drawn);
        p.stop();
        String cleared = sw.toString();
        assertTrue(cleared.endsWith("\r"), "the line is erased and the cursor back at column 0");
        assertEquals(" ".repeat(drawn.length() - 1), cleared.substring(drawn.length() + 1, cleared.length() - 1));
        p.accept(io.portalis.accel.strategy.TaskResult.failure(1, "x", io.portalis.accel.strategy.ExecutorKind.CPU, 1));
        assertEquals(cleared, sw.toString(), "nothing is drawn after stop: an interrupt message gets its own line");
        assertFalse(cleared.contains("\n"));
    }
}
