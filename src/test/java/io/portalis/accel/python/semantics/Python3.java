package io.portalis.accel.python.semantics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The python3 on this machine, as the oracle of these tests: its version and its standard library. */
final class Python3 {
    private Python3() {}

    static String run(String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 ? out : null;
    }

    static boolean is311() {
        try {
            return "3.11".equals(run("import sys; print('%d.%d' % sys.version_info[:2])"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path stdlib() throws IOException, InterruptedException {
        return Path.of(run("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
    }

    /** Every .py of the standard library, site-packages left out, sorted. */
    static List<Path> stdlibFiles() throws IOException, InterruptedException {
        Path stdlib = stdlib();
        try (Stream<Path> walk = Files.walk(stdlib)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().startsWith("site-packages"))
                    .sorted().toList();
        }
    }
}
