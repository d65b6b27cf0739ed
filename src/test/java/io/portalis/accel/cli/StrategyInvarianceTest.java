package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invariant of DESIGN.md: the output tree and every file's outcome are the same whatever the
 * strategy, the thread count, and whether a fallback happened.
 */
class StrategyInvarianceTest {
    @TempDir
    Path tmp;

    private Path source() throws IOException {
        Path src = tmp.resolve("src");
        try (Stream<Path> s = Files.walk(CliTest.EXAMPLES)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
                Path target = src.resolve(CliTest.EXAMPLES.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Files.createDirectories(src.resolve("broken"));
        Files.write(src.resolve("broken/latin1.py"), new byte[] {'s', ' ', '=', ' ', '\'', (byte) 0xE9, '\'', '\n'});
        Files.writeString(src.resolve("broken/unterminated.py"), "x = \"never closed\n");
        return src;
    }

    /** What must not depend on the strategy: each file's outcome minus timings and executor. */
    private static List<String> outcomes(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : (ArrayNode) report.get("files")) {
            ObjectNode copy = f.deepCopy();
            copy.remove("time_ms");
            copy.remove("executor");
            out.add(copy.toString());
        }
        return out;
    }

    private static Map<String, String> tree(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(out)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void sameOutcomesAndOutputTreeForEveryStrategyAndThreadCount() throws IOException {
        Path src = source();
        List<String> expected = null;
        Map<String, String> expectedTree = null;
        // strategy, threads, then extra options: the OpenCL path on a CPU device (POCL) where there is
        // one, and injected GPU faults that force a fallback part-way
        String[][] runs = {{"cpu", "1"}, {"cpu", "4"}, {"auto", "2"}, {"gpu", "2"}, {"hybrid:30", "3"}, {"hybrid:70", "1"},
                {"hybrid:100", "2"}, {"gpu", "2", "--opencl-cpu"}, {"hybrid:50", "3", "--opencl-cpu"},
                {"gpu", "2", "--opencl-cpu", "--inject-gpu-fault", "oom:after=1"},
                {"hybrid:70", "2", "--opencl-cpu", "--inject-gpu-fault", "timeout:after=results"}};
        int n = 0;
        for (String[] run : runs) {
            Path out = tmp.resolve("out-" + n++);
            List<String> args = new ArrayList<>(List.of("transpile", "--layout", "files", src.toString(), "-o", out.toString(),
                    "--strategy", run[0], "--threads", run[1]));
            args.addAll(Arrays.asList(run).subList(2, run.length));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.FILES_FAILED, r.exitCode(), r.err());
            JsonNode report = ReportJson.mapper().readTree(r.out());
            List<String> got = outcomes(report);
            Map<String, String> gotTree = tree(out);
            if (expected == null) {
                expected = got;
                expectedTree = gotTree;
                assertEquals(2, report.get("summary").get("failed").asInt());
                assertTrue(got.size() >= 12);
            } else {
                assertEquals(expected, got, "outcomes differ for " + String.join(" ", run));
                assertEquals(expectedTree, gotTree, "output tree differs for " + String.join(" ", run));
            }
        }
    }
}
