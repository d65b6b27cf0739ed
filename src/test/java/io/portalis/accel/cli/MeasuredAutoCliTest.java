package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.portalis.accel.calibration.CalibrationFile;
import io.portalis.accel.opencl.OpenClDevices;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration through the real CLI, with the cache folder in a temporary directory (never the
 * user's): transpile writes what it measured, --no-calibration neither reads nor writes, calibrate
 * measures and prints the table, calibrate --reset forgets, and with rates on file auto decides by
 * rule measured, reports its prediction (schema-valid) and writes the same tree as cpu.
 */
class MeasuredAutoCliTest {
    @TempDir
    Path tmp;
    private String saved;
    private Path rates;

    @BeforeEach
    void cacheInTmp() {
        saved = System.getProperty(CalibrationFile.CACHE_HOME_PROPERTY);
        System.setProperty(CalibrationFile.CACHE_HOME_PROPERTY, tmp.resolve("cache").toString());
        rates = tmp.resolve("cache/portalis-accel/rates.json");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(CalibrationFile.CACHE_HOME_PROPERTY);
        } else {
            System.setProperty(CalibrationFile.CACHE_HOME_PROPERTY, saved);
        }
    }

    private CliRun transpile(String out, String... extra) {
        String[] args = Stream.concat(Stream.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve(out).toString(), "-q",
                "--threads", "2"), Stream.of(extra)).toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void transpileKeepsWhatItMeasuredAndNoCalibrationLeavesTheFileAlone() throws IOException {
        CliRun r = transpile("a", "--strategy", "cpu");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(rates), "the run wrote the calibration file");
        JsonNode units = ReportJson.mapper().readTree(rates.toFile()).get("units");
        assertTrue(units.fieldNames().next().startsWith("cpu|"), units.toString());
        byte[] before = Files.readAllBytes(rates);
        CliRun again = transpile("b", "--strategy", "cpu", "--no-calibration");
        assertEquals(0, again.exitCode(), again.err());
        assertArrayEquals(before, Files.readAllBytes(rates), "--no-calibration wrote nothing");
        CliRun reset = CliRun.of("calibrate", "--reset");
        assertEquals(0, reset.exitCode(), reset.err());
        assertTrue(reset.out().contains("deleted"), reset.out());
        assertFalse(Files.exists(rates));
    }

    @Test
    void withRatesOnFileAutoDecidesByPredictedMakespanAndSaysSo() throws IOException {
        assumeTrue(OpenClDevices.scan() instanceof OpenClDevices.Found, "no OpenCL device");
        CliRun cal = CliRun.of("calibrate", "--files", "12", "--threads", "2", "--opencl-cpu", "-q");
        assertEquals(0, cal.exitCode(), cal.err());
        assertTrue(cal.out().contains("cpu|") && cal.out().contains("opencl|"), cal.out());
        assertTrue(cal.out().contains(rates.toString()), cal.out());

        CliRun cpu = transpile("cpu", "--strategy", "cpu", "--no-calibration");
        CliRun auto = transpile("auto", "--strategy", "auto", "--opencl-cpu");
        assertEquals(cpu.exitCode(), auto.exitCode(), auto.err());
        JsonNode report = ReportJson.mapper().readTree(auto.out());
        Set<ValidationMessage> errors = schema().validate(report);
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode s = report.get("strategy");
        assertEquals("measured", s.get("rule").asText(), s.toString());
        JsonNode m = s.get("measured");
        assertTrue(m.get("predicted_ms").asDouble() > 0, m.toString());
        assertEquals(report.get("execution_time_ms").asDouble(), m.get("actual_ms").asDouble(), 1e-9);
        assertTrue(m.get("shared_ms").isNull(), "POCL runs on the host's cores: never shared: " + m);
        assertTrue(Set.of("cpu", "gpu").contains(s.get("selected").asText()), s.toString());
        assertTrue(m.get("cpu").get("samples").asLong() > 0 && m.get("gpu").get("samples").asLong() > 0, m.toString());
        assertEquals(tree(tmp.resolve("cpu")), tree(tmp.resolve("auto")), "same output tree as --strategy cpu");

        CliRun plain = transpile("plain", "--strategy", "auto", "--opencl-cpu", "--no-calibration");
        assertFalse("measured".equals(ReportJson.mapper().readTree(plain.out()).get("strategy").get("rule").asText()),
                "without calibration auto keeps the decision tree");
    }

    private static com.networknt.schema.JsonSchema schema() throws IOException {
        try (InputStream in = MeasuredAutoCliTest.class.getResourceAsStream("/report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReportJson.mapper().readTree(in));
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), java.util.Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
