package io.portalis.accel.python.lexer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs python3 once: the CPython stdlib's location, and its tokenize stream for many files. */
final class PythonOracle {
    private PythonOracle() {}

    /** python3's stdlib directory, or null when there is no usable python3 3.11. */
    static Path stdlib() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys,sysconfig;print(sysconfig.get_paths()['stdlib'] if sys.version_info[:2]==(3,11) else '')")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return Path.of(out);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every .py file of the stdlib, site-packages left out, sorted. */
    static List<Path> stdlibFiles(Path stdlib) throws IOException {
        try (Stream<Path> walk = Files.walk(stdlib)) {
            return walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !stdlib.relativize(p).toString().startsWith("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** One file's tokenize result: tokens as "KIND START END" and the status line. */
    record FileTokens(Path path, List<String> tokens, String status) {
        boolean ok() {
            return status.equals("ok");
        }
    }

    interface Consumer {
        void accept(FileTokens f) throws IOException;
    }

    /** Streams tokenize's answer for each of {@code files} to {@code consumer}, in order. */
    static void tokenize(List<Path> files, Consumer consumer) throws IOException, InterruptedException {
        Path script = Files.createTempFile("tokenize_oracle", ".py");
        try (InputStream in = PythonOracle.class.getResourceAsStream("/python/tokenize_oracle.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process p = new ProcessBuilder("python3", script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            Path current = null;
            List<String> tokens = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                if (line.startsWith("F ")) {
                    current = Path.of(line.substring(2));
                    tokens = new ArrayList<>();
                } else if (line.startsWith("E ")) {
                    consumer.accept(new FileTokens(current, tokens, line.substring(2)));
                } else {
                    tokens.add(line);
                }
            }
        } finally {
            feeder.join();
            p.waitFor(60, TimeUnit.SECONDS);
            Files.deleteIfExists(script);
        }
    }
}
