package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.opencl.OpenClDevices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenCL path (POCL allowed) under every injected fault, at every point, in GpuOnly,
 * Hybrid and Auto: the run falls back with the right cause, every file appears once, the GPU's
 * finished files plus the reruns add up, and the output tree is byte-identical to --strategy cpu.
 * Also --strategy gpu and hybrid:70 without faults: no fallback, and the same tree.
 */
class GpuFaultMatrixTest {
    private static final Path EXAMPLES = Path.of("examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small enough that the examples make several sub-batches. */
    private static final String SUB_BATCH = "4096";

    @TempDir
    static Path tmp;
    static Map<String, byte[]> cpuTree;
    static JsonNode cpuReport;

    @BeforeAll
    static void cpuBaseline() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "examples/ missing");
        assumeTrue(OpenClDevices.scan() instanceof OpenClDevices.Found, "no OpenCL device");
        Path out = tmp.resolve("cpu");
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", out.toString(), "--strategy", "cpu", "-q");
        cpuReport = JSON.readTree(r.out());
        cpuTree = tree(out);
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> got, String what) {
        assertEquals(cpuTree.keySet(), got.keySet(), what + ": output files");
        for (String k : cpuTree.keySet()) {
            assertTrue(java.util.Arrays.equals(cpuTree.get(k), got.get(k)), what + ": " + k + " differs");
        }
    }

    private static JsonNode run(String name, String... extra) throws IOException {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", out.toString(), "-q",
                "--opencl-cpu", "--gpu-sub-batch-bytes", SUB_BATCH));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(cpuReport.get("summary").get("failed").asInt() > 0 ? 1 : 0, r.exitCode(), name + ": " + r.err());
        JsonNode rep = JSON.readTree(r.out());
        assertSameTree(tree(out), name);
        Set<String> paths = new HashSet<>();
        for (JsonNode f : rep.get("files")) {
            assertTrue(paths.add(f.get("path").asText()), name + ": file reported twice: " + f.get("path"));
        }
        assertEquals(cpuReport.get("files").size(), paths.size(), name + ": every file once");
        return rep;
    }

    private static long executors(JsonNode rep, String executor) {
        long n = 0;
        for (JsonNode f : rep.get("files")) {
            n += f.get("executor").asText().equals(executor) ? 1 : 0;
        }
        return n;
    }

    @Test
    void gpuAndHybridWithoutFaultsMatchTheCpuTree() throws IOException {
        for (String strategy : new String[] {"gpu", "hybrid:70"}) {
            JsonNode rep = run("clean-" + strategy.replace(':', '_'), "--strategy", strategy);
            assertFalse(rep.get("fallback_occurred").asBoolean(), strategy + ": " + rep.get("fallback_events"));
            assertEquals(strategy, rep.get("strategy").get("used").asText());
            assertTrue(executors(rep, "gpu") > 0, strategy + ": some files ran on the GPU path");
        }
    }

    /** The README's way to see a fallback, on the examples at the device's own sub-batch size. */
    @Test
    void afterOneOnTheExamplesMovesTheRestToTheCpu() throws IOException {
        Path out = tmp.resolve("readme-after-1");
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", out.toString(), "-q", "--opencl-cpu",
                "--strategy", "gpu", "--inject-gpu-fault", "oom:after=1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = JSON.readTree(r.out());
        assertTrue(rep.get("fallback_occurred").asBoolean(), r.out());
        long rerun = executors(rep, "cpu_fallback");
        assertTrue(rerun > 0, "some files moved to the CPU");
        assertTrue(executors(rep, "gpu") > 0, "some files finished on the GPU first");
        assertEquals(rerun, rep.get("fallback_events").get(0).get("tasks_rerun").asLong());
        assertSameTree(tree(out), "oom:after=1");

        CliRun strict = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("readme-strict").toString(),
                "-q", "--opencl-cpu", "--strategy", "gpu", "--inject-gpu-fault", "oom:after=1", "--no-fallback");
        assertEquals(ExitCodes.RUN_FAILED, strict.exitCode(), strict.err());
        JsonNode s = JSON.readTree(strict.out());
        assertEquals("failed", s.get("status").asText());
        assertFalse(s.get("fallback_occurred").asBoolean(), "nothing fell back");
        assertEquals("none", s.get("fallback_events").get(0).get("to").asText());
        long notRun = 0;
        for (JsonNode f : s.get("files")) {
            if (f.get("status").asText().equals("not_run")) {
                notRun++;
                assertEquals("none", f.get("executor").asText());
                assertEquals(0, f.get("diagnostics").size(), "no invented position: " + f);
            } else {
                assertEquals("gpu", f.get("executor").asText(), f.toString());
            }
        }
        assertTrue(notRun > 0);
        assertEquals(notRun, s.get("summary").get("not_run").asLong());
        assertFalse(strict.err().contains("fell back"), strict.err());
        assertTrue(strict.err().contains("not run"), strict.err());
    }

    @Test
    void everyFaultAtEveryPointFallsBackWithTheRightCause() throws IOException {
        Map<String, String> causes = Map.of("oom", "out_of_memory", "driver", "driver_error",
                "unavailable", "unavailable", "timeout", "timeout");
        List<String> failures = new ArrayList<>();
        for (String strategy : new String[] {"gpu", "hybrid:70", "auto"}) {
            for (String kind : causes.keySet()) {
                for (String point : new String[] {"", ":after=1", ":after=3", ":after=results"}) {
                    String name = strategy.replace(':', '_') + "-" + kind + point.replace(':', '_').replace('=', '_');
                    JsonNode rep = run(name, "--strategy", strategy, "--inject-gpu-fault", kind + point);
                    if (point.equals(":after=results")) {
                        // every GPU file was finished when it fired: nothing moved, so no fallback is told
                        if (rep.get("fallback_occurred").asBoolean() || rep.get("fallback_events").size() != 0
                                || executors(rep, "cpu_fallback") != 0) {
                            failures.add(name + ": a fault after every result claims a fallback: "
                                    + rep.get("fallback_events"));
                        }
                        if (!rep.get("errors").toString().contains("injected fault")) {
                            failures.add(name + ": the late fault is not told in errors: " + rep.get("errors"));
                        }
                        continue;
                    }
                    if (!rep.get("fallback_occurred").asBoolean()) {
                        failures.add(name + ": no fallback");
                        continue;
                    }
                    JsonNode event = rep.get("fallback_events").get(0);
                    if (!causes.get(kind).equals(event.get("cause").asText())) {
                        failures.add(name + ": cause " + event.get("cause"));
                    }
                    if (!event.get("message").asText().contains("injected fault")) {
                        failures.add(name + ": message " + event.get("message"));
                    }
                    long rerun = executors(rep, "cpu_fallback");
                    if (rerun == 0) {
                        failures.add(name + ": a fallback with no file rerun on the CPU");
                    }
                    if (rerun != event.get("tasks_rerun").asLong()) {
                        failures.add(name + ": " + rerun + " files say cpu_fallback but tasks_rerun is "
                                + event.get("tasks_rerun"));
                    }
                    if (point.isEmpty() && executors(rep, "gpu") != 0) {
                        failures.add(name + ": a fault before the upload left GPU-finished files");
                    }
                    if (point.equals(":after=1") && strategy.equals("gpu") && executors(rep, "gpu") == 0) {
                        failures.add(name + ": no file finished on the GPU before the fault");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
