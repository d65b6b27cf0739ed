package io.portalis.accel.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in corpus {@code calibrate} measures on: copies of a few of the project's example
 * programs (bundled as resources, 1.1 to 2.7 KB each, no imports), written as {@code vNNNN/NAME.py}
 * so every file is a separate module of the same program. Deterministic.
 */
public final class CalibrationCorpus {
    static final List<String> PROGRAMS = List.of("word_count", "primes", "statistics", "matrix", "rpn_calculator",
            "accounts");

    private CalibrationCorpus() {}

    /** Writes {@code files} files under {@code dir} (created) and returns their paths in a fixed order. */
    public static List<Path> write(Path dir, int files) {
        List<byte[]> sources = new ArrayList<>();
        for (String name : PROGRAMS) {
            try (InputStream in = CalibrationCorpus.class.getResourceAsStream("/calibration/" + name + ".py")) {
                if (in == null) {
                    throw new IllegalStateException("the calibration corpus resource " + name + ".py is missing");
                }
                sources.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < files; i++) {
                int k = i % PROGRAMS.size();
                Path p = dir.resolve(String.format(java.util.Locale.ROOT, "v%04d", i / PROGRAMS.size()))
                        .resolve(PROGRAMS.get(k) + ".py");
                Files.createDirectories(p.getParent());
                Files.write(p, sources.get(k));
                written.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
