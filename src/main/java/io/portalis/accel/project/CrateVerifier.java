package io.portalis.accel.project;

import io.portalis.accel.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code --verify}: builds the crate with {@code cargo build --offline}, then runs every main module
 * both ways — {@code python3 -m module} from SRC and the crate's binary — and compares their
 * standard output (bytes) and exit status. Runs go in parallel; both get an empty standard input and
 * {@code PYTHONHASHSEED=0}. It proves that the translation behaves as CPython on what the main
 * modules do when run without arguments, no more: other inputs, other code paths, and the modules'
 * standard error are not compared.
 */
public final class CrateVerifier {
    /** How long one program (either side) may run. */
    static final long RUN_TIMEOUT_S = 60;
    private static final long BUILD_TIMEOUT_S = 1800;

    private final Path source;
    private final Path crate;
    private final int threads;

    public CrateVerifier(Path source, Path crate, int threads) {
        this.source = source;
        this.crate = crate;
        this.threads = Math.max(1, threads);
    }

    /** The outcome of one process: exit status (null when it did not finish), stdout, and why it did not run. */
    record Run(Integer exit, byte[] stdout, String stderr, String failure) {}

    /** Verifies the binaries ({@code binary name → dotted module}); {@code sources} gives each one's source path. */
    public Report.Verification verify(Map<String, String> binaries, Map<String, String> sources) {
        long t0 = System.nanoTime();
        Run build = run(List.of("cargo", "build", "--offline", "--quiet"), crate, BUILD_TIMEOUT_S, Map.of());
        double buildMs = (System.nanoTime() - t0) / 1e6;
        String python = python3();
        List<Report.Verified> files = new ArrayList<>();
        String buildStatus;
        String buildMessage = null;
        if (build.failure() != null) {
            buildStatus = "not_run";
            buildMessage = build.failure();
        } else if (build.exit() == null || build.exit() != 0) {
            buildStatus = "failed";
            buildMessage = tail(build.stderr(), 4000);
        } else {
            buildStatus = "ok";
        }
        if (!buildStatus.equals("ok") || python == null) {
            String why = !buildStatus.equals("ok") ? "the crate did not build" : "no python3 on PATH";
            for (Map.Entry<String, String> b : binaries.entrySet()) {
                files.add(new Report.Verified(sources.get(b.getKey()), b.getKey(), "not_run", why, null, null, 0));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<CompletableFuture<Report.Verified>> runs = new ArrayList<>();
                for (Map.Entry<String, String> b : binaries.entrySet()) {
                    runs.add(CompletableFuture.supplyAsync(() -> compare(python, b.getKey(), b.getValue(),
                            sources.get(b.getKey())), pool));
                }
                runs.forEach(r -> files.add(r.join()));
            } finally {
                pool.shutdownNow();
            }
        }
        int same = (int) files.stream().filter(f -> f.status().equals("same")).count();
        int differs = (int) files.stream().filter(f -> f.status().equals("differs")).count();
        return new Report.Verification(buildStatus, buildMessage, buildMs, python, files,
                new Report.VerificationSummary(same, differs, files.size() - same - differs));
    }

    private Report.Verified compare(String python, String binary, String module, String path) {
        long t0 = System.nanoTime();
        Map<String, String> env = Map.of("PYTHONHASHSEED", "0", "PYTHONDONTWRITEBYTECODE", "1");
        Run py = run(List.of(python, "-m", module), source, RUN_TIMEOUT_S, env);
        Path exe = crate.resolve("target").resolve("debug").resolve(binary);
        Run rs = run(List.of(exe.toString()), source, RUN_TIMEOUT_S, env);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (py.failure() != null || rs.failure() != null) {
            String why = py.failure() != null ? "python3: " + py.failure() : "the binary: " + rs.failure();
            return new Report.Verified(path, binary, "not_run", why, py.exit(), rs.exit(), ms);
        }
        if (py.exit() == null || rs.exit() == null) {
            return new Report.Verified(path, binary, "not_run", (py.exit() == null ? "python3" : "the binary")
                    + " ran past " + RUN_TIMEOUT_S + " s", py.exit(), rs.exit(), ms);
        }
        String diff = StdoutDiff.describe(py.stdout(), rs.stdout());
        if (diff == null && py.exit().equals(rs.exit())) {
            return new Report.Verified(path, binary, "same", null, py.exit(), rs.exit(), ms);
        }
        String reason = diff != null ? diff : "exit status " + rs.exit() + ", CPython's " + py.exit();
        return new Report.Verified(path, binary, "differs", reason, py.exit(), rs.exit(), ms);
    }

    /** The python3 on PATH (its path), or null. */
    static String python3() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static Run run(List<String> command, Path dir, long timeoutS, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Run(null, new byte[0], "", "cannot start " + command.get(0) + ": " + e.getMessage());
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try {
            if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return new Run(null, out.join(), new String(err.join(), StandardCharsets.UTF_8), null);
            }
            return new Run(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8), null);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Run(null, new byte[0], "", "interrupted");
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String tail(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max);
    }
}
