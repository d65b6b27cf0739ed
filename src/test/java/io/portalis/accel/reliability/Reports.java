package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Checks shared by the reliability tests: files accounted for, leftovers, trees, reports minus timings. */
final class Reports {
    private Reports() {}

    static JsonNode parse(String json) throws IOException {
        return ReportJson.mapper().readTree(json);
    }

    /** Every expected file exactly once, nothing else, and the summary adds up. */
    static void assertAccountedFor(JsonNode report, Set<String> expected) {
        List<String> paths = new ArrayList<>();
        int ok = 0;
        int failed = 0;
        int skipped = 0;
        for (JsonNode f : report.get("files")) {
            paths.add(f.get("path").asText());
            switch (f.get("status").asText()) {
                case "ok" -> ok++;
                case "failed" -> failed++;
                case "skipped" -> skipped++;
                default -> throw new AssertionError("unknown status " + f);
            }
        }
        assertEquals(paths.size(), new TreeSet<>(paths).size(), "a file is listed twice");
        assertEquals(expected, new TreeSet<>(paths));
        JsonNode s = report.get("summary");
        assertEquals(paths.size(), s.get("files").asInt());
        assertEquals(ok, s.get("ok").asInt());
        assertEquals(failed, s.get("failed").asInt());
        assertEquals(skipped, s.get("skipped").asInt());
    }

    static Map<String, JsonNode> byPath(JsonNode report) {
        Map<String, JsonNode> m = new TreeMap<>();
        report.get("files").forEach(f -> m.put(f.get("path").asText(), f));
        return m;
    }

    static boolean hasError(JsonNode file) {
        for (JsonNode d : file.get("diagnostics")) {
            if (d.get("severity").asText().equals("error")) {
                return true;
            }
        }
        return false;
    }

    /** Temporary files (the atomic writer's {@code .name.rs.*.tmp}) anywhere under {@code dir}. */
    static Set<String> temporaryFiles(Path dir) throws IOException {
        Set<String> found = new TreeSet<>();
        if (!Files.exists(dir)) {
            return found;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> found.add(dir.relativize(p).toString()));
        }
        return found;
    }

    /** Every regular file under {@code dir} with its bytes (as a string, for readable failures). */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The report without what may differ between equal runs: timings, the start and finish times, load samples. */
    static JsonNode withoutTimings(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove(List.of("execution_time_ms", "stage_times_ms", "started_at", "finished_at", "system_load", "output"));
        for (JsonNode f : copy.get("files")) {
            ((ObjectNode) f).remove("time_ms");
        }
        for (JsonNode e : copy.get("fallback_events")) {
            ((ObjectNode) e).remove("at_ms");
        }
        return copy;
    }
}
