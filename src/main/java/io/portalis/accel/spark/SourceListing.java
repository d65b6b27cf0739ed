package io.portalis.accel.spark;

import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SkippedFile;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.SourceWalker;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
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

    /** Folders listed at once by the Hadoop walk: listing is a round trip to the NameNode or the object store. */
    static final int LISTING_THREADS = 16;

    /**
     * The walk over a Hadoop file system; {@code root} and {@code output} are qualified paths of {@code fs}.
     * Folders are listed {@value #LISTING_THREADS} at a time; the result is sorted, so it does not
     * depend on which listing came back first.
     */
    public static Listing hadoop(FileSystem fs, Path root, Path output, PathFilter filter) throws IOException {
        Walk walk = new Walk(fs, output == null ? null : output.toUri().getPath(), filter);
        ForkJoinPool pool = new ForkJoinPool(LISTING_THREADS);
        try {
            pool.invoke(walk.folder(root, null, ""));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
        List<PlannedFile> found = new ArrayList<>(walk.files);
        List<SkippedFile> skipped = new ArrayList<>(walk.skipped);
        found.sort(Comparator.comparing(PlannedFile::relativePath));
        skipped.sort(Comparator.comparing(SkippedFile::relativePath));
        List<PlannedFile> files = new ArrayList<>(found.size());
        for (PlannedFile f : found) {
            files.add(new PlannedFile(files.size(), f.location(), f.relativePath(), f.size()));
        }
        return new Listing(files, skipped);
    }

    /** One Hadoop walk: what it found so far, gathered from the folders' tasks. */
    private static final class Walk {
        private final FileSystem fs;
        private final String outKey;
        private final PathFilter filter;
        private final Queue<PlannedFile> files = new ConcurrentLinkedQueue<>();
        private final Queue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();

        Walk(FileSystem fs, String outKey, PathFilter filter) {
            this.fs = fs;
            this.outKey = outKey;
            this.filter = filter;
        }

        /** The task that walks {@code dir}; {@code look} is the skip rule's view of it when that already listed it. */
        RecursiveAction folder(Path dir, Look look, String relDir) {
            return new RecursiveAction() {
                private static final long serialVersionUID = 1L;

                @Override
                protected void compute() {
                    try {
                        invokeAll(visit(dir, look, relDir));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        /** Lists {@code dir}: its files are taken or skipped, its sub-folders come back as tasks. */
        private List<RecursiveAction> visit(Path dir, Look look, String relDir) throws IOException {
            java.util.Collection<FileStatus> children;
            try {
                children = look != null && look.listing != null ? look.listing.values() : List.of(fs.listStatus(dir));
            } catch (FileNotFoundException e) {
                return List.of(); // removed while walking
            }
            List<RecursiveAction> folders = new ArrayList<>();
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
                        folders.add(folder(c.getPath(), childLook, rel));
                    }
                } else if (c.isFile() && filter.accepts(rel)) {
                    files.add(new PlannedFile(0, c.getPath().toString(), rel, c.getLen()));
                }
            }
            return folders;
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
