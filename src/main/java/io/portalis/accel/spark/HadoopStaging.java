package io.portalis.accel.spark;

import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A task's bridge to SRC and OUT on a Hadoop file system ({@code hdfs://}, {@code s3a://}, ...): each
 * input is copied into a local scratch folder, the unchanged pipeline runs there, and each output is
 * then committed to OUT as a temporary file renamed over its final name (on object stores, where a
 * rename is a copy, the final object still appears only whole). Every attempt of a task writes the
 * same bytes, so retries and speculative twins only overwrite each other with the same content.
 */
final class HadoopStaging implements AutoCloseable {
    private final FileSystem fs;
    private final Path outRoot;
    private final java.nio.file.Path scratch;
    private final String tag;

    private HadoopStaging(FileSystem fs, Path outRoot, java.nio.file.Path scratch, String tag) {
        this.fs = fs;
        this.outRoot = outRoot;
        this.scratch = scratch;
        this.tag = tag;
    }

    /**
     * @param hadoop the driver's Hadoop configuration entries
     * @param output OUT's URI
     * @param tag    unique to this task attempt; names its temporary files
     */
    static HadoopStaging open(Map<String, String> hadoop, String output, String tag) throws IOException {
        Configuration conf = configuration(hadoop);
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        java.nio.file.Path scratch = Files.createTempDirectory("portalis-spark-" + tag + "-");
        return new HadoopStaging(fs, fs.makeQualified(out), scratch, tag);
    }

    static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }

    /** A staged input: its local copy, or the failed outcome when it could not be read. */
    record Staged(SourceFile source, FileOutcome failure) {}

    Staged stage(PlannedFile f) {
        java.nio.file.Path local = scratch.resolve("in").resolve(f.relativePath()).normalize();
        if (!local.startsWith(scratch.resolve("in"))) {
            throw new IllegalArgumentException("input path leaves the source folder: " + f.relativePath());
        }
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(local.getParent());
            Path remote = new Path(f.location());
            try (InputStream in = remote.getFileSystem(fs.getConf()).open(remote)) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Staged(new SourceFile(local, f.relativePath(), Files.size(local)), null);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Staged(null, new FileOutcome(f.relativePath(), FileStatus.FAILED, 0, 0, null,
                    Map.of(Stage.READ, System.nanoTime() - t0),
                    List.of(FileDiagnostic.whole(f.relativePath(), "error", "E-READ", "cannot read the file: " + why))));
        }
    }

    /** Where the pipeline writes: the local scratch output folder. */
    OutputTree outputTree() {
        return new OutputTree(scratch.resolve("out"));
    }

    /**
     * Carries the pipeline's result for one file to OUT: an ok file's output is written (temporary
     * file, then rename); a failed file's stale output from an earlier run is removed, as locally.
     * A write that fails makes the file failed with {@code E-WRITE}.
     */
    FileOutcome commit(FileOutcome o) {
        String outPath = o.output() != null ? o.output() : io.portalis.accel.transpile.OutputTree.rustPathFor(o.path());
        Path target = new Path(outRoot, outPath);
        if (!target.toUri().getPath().startsWith(outRoot.toUri().getPath() + "/")) {
            throw new IllegalArgumentException("output path leaves the output folder: " + outPath);
        }
        if (o.status() != FileStatus.OK) {
            if (o.status() == FileStatus.FAILED) {
                try {
                    fs.delete(target, false);
                } catch (IOException e) {
                    List<FileDiagnostic> ds = new ArrayList<>(o.diagnostics());
                    ds.add(FileDiagnostic.whole(o.path(), "warning", "W-STALE-OUTPUT",
                            "cannot remove the output of an earlier run, " + outPath + ": " + e.getMessage()));
                    return new FileOutcome(o.path(), o.status(), o.bytesIn(), o.bytesOut(), null, o.stageNanos(), ds);
                }
            }
            return o;
        }
        try {
            writeAtomically(fs, target, Files.readAllBytes(scratch.resolve("out").resolve(outPath)), tag);
            return o;
        } catch (IOException e) {
            List<FileDiagnostic> ds = new ArrayList<>(o.diagnostics());
            ds.add(FileDiagnostic.whole(o.path(), "error", "E-WRITE", "cannot write " + outPath + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return new FileOutcome(o.path(), FileStatus.FAILED, o.bytesIn(), 0, null, o.stageNanos(), ds);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} on a Hadoop file system as the local {@code OutputTree} does:
     * into a hidden temporary file beside it (named with {@code tag}), then renamed over it, so no
     * partial file ever has the final name. Where the rename finds the target there (an earlier run,
     * or another attempt of the same task with the same bytes), the target is replaced.
     */
    static void writeAtomically(FileSystem fs, Path target, byte[] bytes, String tag) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + tag + ".tmp");
        try {
            try (OutputStream os = fs.create(tmp, true)) {
                os.write(bytes);
            }
            if (!fs.rename(tmp, target)) {
                fs.delete(target, false);
                if (!fs.rename(tmp, target)) {
                    throw new IOException("cannot rename " + tmp + " to " + target);
                }
            }
        } finally {
            try {
                fs.delete(tmp, false);
            } catch (IOException ignored) {
                // nothing more to do: a hidden .tmp may remain, never a partial file under a final name
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<java.nio.file.Path> s = Files.walk(scratch)) {
            for (java.nio.file.Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
