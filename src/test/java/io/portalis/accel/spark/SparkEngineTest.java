package io.portalis.accel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.portalis.accel.cli.CliRun;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClTestSupport;
import io.portalis.accel.report.ReportJson;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FileStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transpile --engine spark} through the real CLI, in Spark's local mode. One Spark context
 * ({@code local[2,3]}: two task threads, a task may fail up to three times) serves the whole class;
 * each run reuses it, as a run inside spark-submit reuses the one spark-submit made.
 */
class SparkEngineTest {
    private static final String MASTER = "local[2,3]";
    private static SparkContext sc;

    @TempDir
    static Path tmp;
    private static Path src;
    private static Path localOut;
    private static JsonNode localReport;

    @BeforeAll
    static void start() throws IOException {
        sc = new SparkContext(new SparkConf().setMaster(MASTER).setAppName("SparkEngineTest")
                .set("spark.ui.enabled", "false"));
        src = tmp.resolve("src");
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
                Path target = src.resolve(Path.of("examples").relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        // failures are per file, not per task: these fail (and a hidden folder is not walked)
        Files.createDirectories(src.resolve("broken"));
        Files.write(src.resolve("broken/latin1.py"), new byte[] {'s', ' ', '=', ' ', '\'', (byte) 0xE9, '\'', '\n'});
        Files.writeString(src.resolve("broken/unterminated.py"), "x = \"never closed\n");
        Files.createDirectories(src.resolve(".hidden"));
        Files.writeString(src.resolve(".hidden/never.py"), "print(1)\n");
        // nor are virtual environments and caches, by either walk (local, or Hadoop's in the Hadoop I/O test)
        Files.createDirectories(src.resolve("venv/bin"));
        Files.createDirectories(src.resolve("venv/lib"));
        Files.writeString(src.resolve("venv/bin/activate"), "# activate\n");
        Files.writeString(src.resolve("venv/lib/never.py"), "print(1)\n");
        Files.createDirectories(src.resolve("tools/env-3.11"));
        Files.writeString(src.resolve("tools/env-3.11/pyvenv.cfg"), "home = /usr\n");
        Files.writeString(src.resolve("tools/env-3.11/never.py"), "print(1)\n");
        Files.createDirectories(src.resolve("__pycache__"));
        Files.writeString(src.resolve("__pycache__/never.py"), "print(1)\n");
        localOut = tmp.resolve("local-out");
        CliRun local = CliRun.of("-q", "transpile", "--layout", "files", src.toString(), "-o", localOut.toString(), "--strategy", "cpu",
                "--threads", "2");
        assertEquals(1, local.exitCode(), local.err());
        localReport = ReportJson.mapper().readTree(local.out());
        localReport.get("files").forEach(f -> assertTrue(!f.get("path").asText().contains("never"), f.toString()));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    private static JsonNode spark(Path out, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("-q", "transpile", "--layout", "files", src.toString(), "-o", out.toString(),
                "--strategy", "cpu", "--engine", "spark", "--master", MASTER, "--partitions", "4"));
        args.addAll(Arrays.asList(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err()); // the two broken files fail; the run completes
        JsonNode report = ReportJson.mapper().readTree(run.out());
        try (InputStream in = SparkEngineTest.class.getResourceAsStream("/report.schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(ReportJson.mapper().readTree(in)).validate(report);
            assertTrue(errors.isEmpty(), errors + "\n" + run.out());
        }
        assertEquals("spark", report.get("engine").asText());
        assertEquals(MASTER, report.get("master").asText());
        return report;
    }

    /** Each file's outcome without timings and executor, in report order. */
    private static List<String> outcomes(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            ObjectNode copy = f.deepCopy();
            copy.remove("time_ms");
            copy.remove("executor");
            out.add(copy.toString());
        }
        return out;
    }

    private static Map<String, String> tree(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameAsLocal(JsonNode report, Path out) throws IOException {
        assertEquals(tree(localOut), tree(out), "the output tree differs from the local run's");
        assertEquals(outcomes(localReport), outcomes(report));
        assertEquals(localReport.get("summary"), report.get("summary"));
        Set<String> seen = new HashSet<>();
        report.get("files").forEach(f -> assertTrue(seen.add(f.get("path").asText()), "twice: " + f));
        int planned = 0;
        for (JsonNode t : report.get("tasks")) {
            planned += t.get("files").asInt();
        }
        assertEquals(report.get("files").size(), planned, "every file in exactly one task");
    }

    @Test
    void localModeGivesTheLocalRunsTreeAndResults() throws IOException {
        Path out = tmp.resolve("spark-out");
        JsonNode report = spark(out);
        assertSameAsLocal(report, out);
        assertEquals(4, report.get("tasks").size());
        for (JsonNode t : report.get("tasks")) {
            assertEquals(0, t.get("attempt").asInt());
            assertEquals("cpu", t.get("used").asText());
            assertTrue(t.get("gpu_address").isNull());
        }
    }

    @Test
    void aTaskThatFailsItsFirstAttemptIsRetriedAndLeavesTheSameTree() throws IOException {
        Path out = tmp.resolve("spark-retry-out");
        System.setProperty(TaskSettings.FAIL_FIRST_ATTEMPT_PROPERTY, "true");
        JsonNode report;
        try {
            report = spark(out);
        } finally {
            System.clearProperty(TaskSettings.FAIL_FIRST_ATTEMPT_PROPERTY);
        }
        assertSameAsLocal(report, out);
        for (JsonNode t : report.get("tasks")) {
            assertEquals(1, t.get("attempt").asInt(), "each kept result is the retry's: " + t);
        }
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void throughHadoopsFileSystemApiTheTreeIsTheSame() throws IOException {
        Path out = tmp.resolve("spark-hadoop-out");
        // the raw local file system, as HDFS or S3 would be: Hadoop's checksummed LocalFileSystem would add .crc files
        org.apache.hadoop.conf.Configuration conf = sc.hadoopConfiguration();
        conf.set("fs.file.impl", org.apache.hadoop.fs.RawLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        System.setProperty(SparkTranspiler.HADOOP_IO_PROPERTY, "true");
        JsonNode report;
        try {
            report = spark(out);
        } finally {
            System.clearProperty(SparkTranspiler.HADOOP_IO_PROPERTY);
            conf.unset("fs.file.impl");
            conf.unset("fs.file.impl.disable.cache");
        }
        assertEquals("file:" + src.toRealPath(), report.get("source").asText().replace("file:///", "file:/"));
        assertSameAsLocal(report, out);
    }

    @Test
    void sparkOptionsWithoutTheSparkEngineAreAUsageError() {
        CliRun run = CliRun.of("-q", "transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("unused").toString(),
                "--master", MASTER);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--master and --partitions need --engine spark"), run.err());
    }

    /**
     * Spark's local mode assigns no resources, so the task's side of the resource API is driven here
     * directly: the same {@link PartitionTask#run} the Spark task runs, given the addresses
     * {@code TaskContext.resources()} would hold. Address 0 must be the device the OpenCL path opens
     * (POCL's CPU device in CI, with PORTALIS_OPENCL_CPU=1 or --opencl-cpu).
     */
    @Test
    void aTaskOpensTheOpenClDeviceAtTheGpuAddressSparkAssigned() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        Path out = tmp.resolve("gpu-task-out");
        Files.createDirectories(out);
        Path file = src.resolve("algorithms/primes.py");
        TaskSettings settings = new TaskSettings("gpu", 2, true, OpenClLexer.Settings.defaults(), null, true, false);
        PartitionTask task = new PartitionTask(out.toUri().toString(), true, Map.of(), settings);
        PartitionInput input = new PartitionInput(0, List.of(
                new PlannedFile(0, file.toRealPath().toUri().toString(), "algorithms/primes.py", Files.size(file))));
        String address = Integer.toString(device.index());
        PartitionResult r = task.run(input, new TaskEnv(0, 0, "host", "exec-1",
                Map.of(GpuAssignment.GPU_RESOURCE, List.of(address)), () -> false));
        assertEquals(address, r.gpuAddress());
        GpuProbeResult.Available opened = assertInstanceOf(GpuProbeResult.Available.class, r.gpu());
        assertEquals(device.info().name(), opened.device().name());
        assertEquals(device.index(), opened.selected());
        assertEquals("gpu", r.used().label());
        TaskResult<FileOutcome> only = r.files().get(0);
        assertEquals("gpu", only.executor().label());
        assertEquals(FileStatus.OK, only.value().status());
        assertEquals(Files.readString(localOut.resolve("algorithms/primes.rs")),
                Files.readString(out.resolve("algorithms/primes.rs")));

        // a typed GPU failure falls back inside the task, as locally: same output, the file rerun on the CPU
        TaskSettings faulty = new TaskSettings("gpu", 2, true, OpenClLexer.Settings.defaults()
                .withFault(io.portalis.accel.opencl.FaultInjection.parse("oom")), null, true, false);
        Path faultOut = tmp.resolve("gpu-fault-out");
        Files.createDirectories(faultOut);
        PartitionResult fell = new PartitionTask(faultOut.toUri().toString(), true, Map.of(), faulty).run(input,
                new TaskEnv(0, 0, "host", "exec-1", Map.of(GpuAssignment.GPU_RESOURCE, List.of(address)), () -> false));
        assertTrue(fell.fallbackOccurred());
        assertEquals("out_of_memory", fell.fallbackEvents().get(0).cause());
        assertEquals("cpu_fallback", fell.files().get(0).executor().label());
        assertEquals(Files.readString(localOut.resolve("algorithms/primes.rs")),
                Files.readString(faultOut.resolve("algorithms/primes.rs")));

        // without an assigned address (and no --device) the task has no GPU: its work runs on the CPU
        PartitionResult none = task.run(input, new TaskEnv(0, 0, "host", "exec-1", Map.of(), () -> false));
        assertNull(none.gpuAddress());
        assertInstanceOf(GpuProbeResult.Unavailable.class, none.gpu());
        assertEquals("cpu", none.used().label());
    }
}
