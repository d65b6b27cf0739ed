package io.portalis.accel.spark;

import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SkippedFile;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.SourceWalker;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's walk of SRC, with the same rules and order as the local {@code transpile}: on the local
 * file system it is {@link SourceWalker} itself; on any other Hadoop file system it applies the same
 * rules ({@link SourceWalker#skipsDirectory}, the include/exclude filter, OUT inside SRC never read,
 * paths sorted as {@code /}-separated strings). Hadoop symbolic links (rare: HDFS has them off) are
 * listed as skipped, never followed.
 */
public final class SourceListing {
    private SourceListing() {}

    /** The walk's files (indexed in order) and the entries it skipped. */
    public record Listing(List<PlannedFile> files, List<SkippedFile> skipped) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }

        /** The files as the report assembler wants them (the path is only a label off the local file system). */
        public List<SourceFile> sourceFiles() {
            List<SourceFile> out = new ArrayList<>(files.size());
            for (PlannedFile f : files) {
                out.add(new SourceFile(java.nio.file.Path.of(f.relativePath()), f.relativePath(), f.size()));
            }
            return out;
        }
    }

    /** The local walk: {@link SourceWalker} on local paths, each file located by its real path's URI. */
    public static Listing local(java.nio.file.Path root, java.nio.file.Path output, PathFilter filter) throws IOException {
        SourceWalker.Walk walk = new SourceWalker(filter).walk(root, output);
        List<PlannedFile> files = new ArrayList<>();
        for (SourceFile f : walk.files()) {
            files.add(new PlannedFile(files.size(), f.path().toUri().toString(), f.relativePath(), f.size()));
        }
        return new Listing(files, walk.skipped());
    }

    /** The walk over a Hadoop file system; {@code root} and {@code output} are qualified paths of {@code fs}. */
    public static Listing hadoop(FileSystem fs, Path root, Path output, PathFilter filter) throws IOException {
        List<PlannedFile> found = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        String outKey = output == null ? null : output.toUri().getPath();
        walk(fs, root, null, "", outKey, filter, found, skipped);
        found.sort(Comparator.comparing(PlannedFile::relativePath));
        skipped.sort(Comparator.comparing(SkippedFile::relativePath));
        List<PlannedFile> files = new ArrayList<>(found.size());
        for (PlannedFile f : found) {
            files.add(new PlannedFile(files.size(), f.location(), f.relativePath(), f.size()));
        }
        return new Listing(files, skipped);
    }

    /** Walks {@code dir}; {@code look} is the skip rule's view of it when that already listed it, else null. */
    private static void walk(FileSystem fs, Path dir, Look look, String relDir, String outKey, PathFilter filter,
                             List<PlannedFile> files, List<SkippedFile> skipped) throws IOException {
        java.util.Collection<FileStatus> children;
        try {
            children = look != null && look.listing != null ? look.listing.values() : List.of(fs.listStatus(dir));
        } catch (FileNotFoundException e) {
            return; // removed while walking
        }
        for (FileStatus c : children) {
            String name = c.getPath().getName();
            String rel = relDir.isEmpty() ? name : relDir + "/" + name;
            if (c.isSymlink()) {
                if (filter.accepts(rel)) {
                    skipped.add(new SkippedFile(rel, "symbolic link: not followed on " + fs.getScheme() + "://"));
                }
            } else if (c.isDirectory()) {
                if (outKey != null && c.getPath().toUri().getPath().equals(outKey)) {
                    continue;
                }
                Look childLook = new Look(fs, c.getPath());
                if (!SourceWalker.skipsDirectory(name, childLook)) {
                    walk(fs, c.getPath(), childLook, rel, outKey, filter, files, skipped);
                }
            } else if (c.isFile() && filter.accepts(rel)) {
                files.add(new PlannedFile(0, c.getPath().toString(), rel, c.getLen()));
            }
        }
    }

    /** The skip rules' questions about a folder, answered from one listing of it, which the walk then reuses. */
    private static final class Look implements SourceWalker.DirectoryLook {
        private final FileSystem fs;
        private final Path dir;
        private Map<String, FileStatus> listing; // in the file system's order, until the walk sorts

        Look(FileSystem fs, Path dir) {
            this.fs = fs;
            this.dir = dir;
        }

        @Override
        public boolean isRegularFile(String child) {
            FileStatus s = status(child);
            return s != null && s.isFile() && !s.isSymlink();
        }

        @Override
        public boolean exists(String child) {
            return status(child) != null;
        }

        private FileStatus status(String child) {
            try {
                if (!child.contains("/")) {
                    if (listing == null) {
                        listing = new java.util.LinkedHashMap<>();
                        for (FileStatus s : fs.listStatus(dir)) {
                            listing.put(s.getPath().getName(), s);
                        }
                    }
                    return listing.get(child);
                }
                return fs.getFileStatus(new Path(dir, child));
            } catch (IOException e) {
                return null;
            }
        }
    }
}
