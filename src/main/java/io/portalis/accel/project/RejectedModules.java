package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.transpile.FileDiagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --verify}'s build, module by module: when rustc rejects the crate, the modules whose Rust it
 * blames (the files of its errors) fail, with the rustc error as their diagnostic, and so do the modules
 * that import them; the crate is written again without them and built again, until it builds or an
 * error points at no module (then the build fails as a whole). A module rustc rejects is a defect of
 * the translator; the others are still verified.
 */
public final class RejectedModules {
    /**
     * For tests only: the source path (relative, / separated) of a module whose Rust gets a line rustc
     * rejects, to show that the other modules are still built and verified.
     */
    public static final String TEST_FAULT_PROPERTY = "portalis.test.rustcRejectsModule";
    private static final long BUILD_TIMEOUT_S = 1800;

    private RejectedModules() {}

    /** What the build left out: each failed module's source path → its diagnostics (rustc's or the import's). */
    public record Outcome(Map<String, List<FileDiagnostic>> failed) {}

    /** A line rustc rejects, appended to the module named by {@link #TEST_FAULT_PROPERTY} (tests only). */
    static String testFault(String relativePath) {
        return relativePath.equals(System.getProperty(TEST_FAULT_PROPERTY))
                ? "\n// injected by the test property " + TEST_FAULT_PROPERTY + "\nfn portalis_test_fault() -> i64 {\n    \"not an int\"\n}\n"
                : "";
    }

    /**
     * Builds the crate in {@code crate}, leaving out the modules rustc rejects (rewriting the crate's
     * files through {@code rewrite} after each round), until it builds or cannot be helped.
     */
    public static Outcome build(Path crate, Path source, CrateLayout layout, Runnable rewrite) {
        ProjectIndex index = layout.index();
        Map<String, List<FileDiagnostic>> failed = new LinkedHashMap<>();
        Map<String, String> byRustFile = new LinkedHashMap<>();
        index.modulesByPath().forEach((path, m) -> byRustFile.put(m.name.rustFile(), path));
        while (true) {
            CrateVerifier.Run run = CrateVerifier.run(List.of("cargo", "build", "--offline", "--message-format=json"), crate,
                    BUILD_TIMEOUT_S, Map.of());
            if (run.failure() != null || run.exit() == null || run.exit() == 0) {
                return new Outcome(failed);
            }
            CargoErrors.Errors errors = CargoErrors.read(run.stdout(), crate);
            Map<String, CargoErrors.Error> blamed = new LinkedHashMap<>();
            boolean unplaced = !errors.unplaced().isEmpty();
            for (CargoErrors.Error e : errors.placed()) {
                String module = byRustFile.get(e.file());
                if (module == null || !layout.contains(module)) {
                    unplaced = true;
                } else {
                    blamed.putIfAbsent(module, e);
                }
            }
            if (unplaced || blamed.isEmpty()) {
                return new Outcome(failed); // an error in the runtime or a binary: the build fails as a whole
            }
            Map<String, String> why = new LinkedHashMap<>();
            blamed.forEach((module, e) -> why.put(module, "rustc rejects this module's translation (a defect of the "
                    + "translator; the other modules are built without it): " + e.describe()));
            for (Map.Entry<String, List<Diagnostic>> f : index.failAfterBuild(why).entrySet()) {
                failed.put(f.getKey(), place(source, f.getKey(), f.getValue()));
                layout.drop(f.getKey());
            }
            rewrite.run();
        }
    }

    private static List<FileDiagnostic> place(Path source, String relativePath, List<Diagnostic> ds) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.resolve(relativePath));
        } catch (IOException e) {
            bytes = new byte[0];
        }
        SourceMap map = new SourceMap(bytes);
        List<FileDiagnostic> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            out.add(FileDiagnostic.of(relativePath, map, d));
        }
        return out;
    }
}
