package io.portalis.accel.cli;

import io.portalis.accel.project.CrateLayout;
import io.portalis.accel.project.CrateVerifier;
import io.portalis.accel.project.DoctestVerifier;
import io.portalis.accel.project.OutputManifest;
import io.portalis.accel.project.ProjectIndex;
import io.portalis.accel.project.RejectedModules;
import io.portalis.accel.report.Report;
import io.portalis.accel.rust.IntRepresentation;
import io.portalis.accel.transpile.ModuleTranslations;
import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transpile command's output layout: {@code files} (one standalone program per file) or
 * {@code crate} (the project index first, then a Cargo crate), and {@code --verify}.
 */
final class ProjectOutput {
    enum Layout { crate, files }

    private final Layout layout;
    private final CrateLayout crate;
    private final double indexMs;

    private final IntRepresentation ints;

    private ProjectOutput(Layout layout, CrateLayout crate, double indexMs, IntRepresentation ints) {
        this.layout = layout;
        this.crate = crate;
        this.indexMs = indexMs;
        this.ints = ints;
    }

    /** For {@code crate}, builds the project index over {@code files} (in parallel) first. */
    static ProjectOutput prepare(Layout layout, List<SourceFile> files, int threads, Path source) {
        return prepare(layout, files, threads, source, IntRepresentation.AUTO);
    }

    /** As {@link #prepare(Layout, List, int, Path)}, with Python's ints represented as {@code ints} says. */
    static ProjectOutput prepare(Layout layout, List<SourceFile> files, int threads, Path source, IntRepresentation ints) {
        if (layout == Layout.files) {
            return new ProjectOutput(layout, null, 0, ints);
        }
        long t0 = System.nanoTime();
        ProjectIndex index = ProjectIndex.build(files, threads, ints);
        Path name = source.getFileName();
        CrateLayout crate = new CrateLayout(index, name == null ? "" : name.toString());
        return new ProjectOutput(layout, crate, (System.nanoTime() - t0) / 1e6, ints);
    }

    ModuleTranslations translations() {
        return crate == null ? ModuleTranslations.standalone(ints) : crate;
    }

    /**
     * After the pipelines: the crate-wide files, then {@code --verify} (the modules rustc rejects fail,
     * and the rest is built and verified without them); the report with its project section.
     */
    Report finish(Report report, Path out, Path source, boolean verify, int threads, PrintWriter err, DisplayPaths display) {
        if (crate == null) {
            return report.withProject(new Report.Project(layout.name(), null, 0, List.of(), null));
        }
        writeCrate(out, err);
        Map<String, List<FileDiagnostic>> rejected = Map.of();
        if (verify) {
            rejected = RejectedModules.build(out, source, crate, () -> writeCrate(out, err)).failed();
            rejected.forEach((path, ds) -> ds.forEach(d -> err.println(DiagnosticPrinter.render(display.of(path), d))));
        }
        return report.withProject(project(out, source, verify, threads, err)).withFailedAfterBuild(entries(rejected));
    }

    private static Map<String, List<Report.DiagnosticEntry>> entries(Map<String, List<FileDiagnostic>> failed) {
        Map<String, List<Report.DiagnosticEntry>> out = new LinkedHashMap<>();
        failed.forEach((path, ds) -> out.put(path, ds.stream()
                .map(d -> new Report.DiagnosticEntry(d.severity(), d.code(), d.message(), d.line(), d.column())).toList()));
        return out;
    }

    /** Writes the crate-wide files and removes what an earlier run wrote for modules no longer in the crate. */
    private void writeCrate(Path out, PrintWriter err) {
        try {
            crate.write(new OutputTree(out));
        } catch (IOException | RuntimeException e) {
            throw new RunFailedException("cannot write the crate's files in '" + out + "': " + e.getMessage(), e);
        }
        try {
            OutputManifest.Cleanup gone = OutputManifest.update(out, crate.files());
            if (!gone.removed().isEmpty()) {
                err.println("portalis-accel: removed " + gone.removed().size() + " file(s) an earlier run wrote for modules"
                        + " no longer translated: " + String.join(", ", gone.removed()));
            }
            for (String edited : gone.keptEdited()) {
                err.println("portalis-accel: warning: kept " + edited + ", written by an earlier run for a module no longer"
                        + " translated, since it was edited since");
            }
        } catch (IOException | RuntimeException e) {
            err.println("portalis-accel: warning: cannot update " + OutputManifest.FILE + " in '" + out + "': " + e.getMessage());
        }
    }

    private Report.Project project(Path out, Path source, boolean verify, int threads, PrintWriter err) {
        List<Report.Binary> bins = new ArrayList<>();
        Map<String, String> binaries = crate.binaries();
        Map<String, String> sources = crate.binarySources();
        binaries.forEach((bin, module) -> bins.add(new Report.Binary(bin, module, sources.get(bin))));
        Report.Verification verification = null;
        if (verify) {
            err.println("portalis-accel: verifying: cargo build --offline in " + out + ", then " + binaries.size()
                    + " main module(s) against python3 -m");
            err.flush();
            verification = new CrateVerifier(source, out, threads).verify(binaries, sources);
            for (Report.Verified v : verification.files()) {
                if (!v.status().equals("same")) {
                    err.println(v.path() + ": verify " + v.status().replace('_', ' ') + ": " + v.reason());
                }
            }
            if (!verification.build().equals("ok")) {
                err.println("portalis-accel: error: cargo build " + verification.build() + (verification.buildMessage() == null
                        ? "" : ":\n" + verification.buildMessage()));
            }
            if (verification.build().equals("ok") && verification.python() != null && !crate.doctestModules().isEmpty()) {
                Report.Doctests d = new DoctestVerifier(source, out, threads).verify(verification.python(), crate.doctestModules());
                verification = verification.withDoctests(d);
                for (Report.DoctestFile f : d.files()) {
                    if (!f.status().equals("same")) {
                        err.println(f.path() + ": doctests " + f.status().replace('_', ' ') + ": " + f.reason());
                    }
                }
                err.println("portalis-accel: doctests of " + d.files().size() + " module(s): " + d.summary().same()
                        + " same as CPython's, " + d.summary().differs() + " differ, " + d.summary().notRun() + " not run");
            }
            Report.VerificationSummary s = verification.summary();
            err.println("portalis-accel: verified " + binaries.size() + " main module(s): " + s.same() + " same, "
                    + s.differs() + " differ, " + s.notRun() + " not run");
            err.flush();
        }
        return new Report.Project(layout.name(), out.toString(), indexMs, bins, verification);
    }

    /** Whether verification found a difference or could not build the crate (exit status 1). */
    static boolean failed(Report.Project p) {
        return p != null && p.verification() != null
                && (p.verification().summary().differs() > 0 || p.verification().build().equals("failed")
                        || (p.verification().doctests() != null && p.verification().doctests().summary().differs() > 0));
    }
}
