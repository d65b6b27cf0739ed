package io.portalis.accel.transpile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What became of one input file.
 *
 * @param path        its path relative to the source root ({@code /} separators)
 * @param status      ok, failed or skipped
 * @param bytesIn     bytes read (0 when it could not be read)
 * @param bytesOut    bytes written (0 when nothing was written)
 * @param output      the written file's path relative to the output root, {@code null} when none
 * @param stageNanos  each stage that ran, in pipeline order, with its time
 * @param diagnostics what was found wrong, in source order of discovery
 */
public record FileOutcome(
        String path,
        FileStatus status,
        long bytesIn,
        long bytesOut,
        String output,
        Map<Stage, Long> stageNanos,
        List<FileDiagnostic> diagnostics) implements java.io.Serializable {

    public FileOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        EnumMap<Stage, Long> copy = new EnumMap<>(Stage.class);
        copy.putAll(stageNanos);
        stageNanos = Collections.unmodifiableMap(copy);
        diagnostics = List.copyOf(diagnostics);
        if (status == FileStatus.OK && diagnostics.stream().anyMatch(d -> d.severity().equals("error"))) {
            throw new IllegalArgumentException("an ok file cannot carry an error diagnostic: " + path);
        }
        if (status != FileStatus.OK && output != null) {
            throw new IllegalArgumentException("only an ok file has an output: " + path);
        }
    }

    public static FileOutcome skipped(SkippedFile s) {
        return new FileOutcome(s.relativePath(), FileStatus.SKIPPED, 0, 0, null, Map.of(),
                List.of(FileDiagnostic.whole(s.relativePath(), "warning", "W-SKIPPED", "skipped: " + s.reason())));
    }

    /** The stages that ran, in order. */
    public List<Stage> stages() {
        return List.copyOf(stageNanos.keySet());
    }

    public long timeNanos() {
        return stageNanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
