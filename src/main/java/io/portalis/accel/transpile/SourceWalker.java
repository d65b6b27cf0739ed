package io.portalis.accel.transpile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the input files under a source root, in a deterministic order (relative paths compared
 * as strings, {@code /}-separated).
 *
 * <p>Not descended: hidden folders (name starting with {@code .}), {@code __pycache__}, virtual
 * environments (a folder holding {@code pyvenv.cfg}, or named {@code venv}, {@code env} with
 * {@code bin/activate}, or {@code site-packages}), the output folder when it lies inside the
 * source root, and every symbolic link to a folder (no cycles, no file seen twice).
 * A symbolic link to a file is read only when its target lies inside the source root; otherwise it
 * is reported as skipped.
 */
public final class SourceWalker {
    private static final Logger LOG = LoggerFactory.getLogger(SourceWalker.class);
    private static final Set<String> ALWAYS_SKIPPED = Set.of("__pycache__", "site-packages");

    /** What the walk found. */
    public record Walk(List<SourceFile> files, List<SkippedFile> skipped) {
        public Walk {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private final PathFilter filter;

    public SourceWalker(PathFilter filter) {
        this.filter = filter;
    }

    /**
     * @param root   the source root (must be a directory)
     * @param output the output folder, never read even when it lies inside {@code root}; may be null
     */
    public Walk walk(Path root, Path output) throws IOException {
        Path realRoot = root.toRealPath();
        Path realOut = output == null ? null : realIfExists(output);
        List<SourceFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(realRoot)) {
                    return FileVisitResult.CONTINUE;
                }
                if (realOut != null && dir.equals(realOut)) {
                    LOG.debug("not reading the output folder {}", dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (filter.excludesFolder(relative(realRoot, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return skipDirectory(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = relative(realRoot, file);
                if (attrs.isSymbolicLink()) {
                    visitLink(file, rel);
                } else if (attrs.isRegularFile() && filter.accepts(rel)) {
                    files.add(new SourceFile(file, rel, attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            private void visitLink(Path link, String rel) throws IOException {
                Path target;
                try {
                    target = link.toRealPath();
                } catch (IOException e) {
                    if (filter.accepts(rel)) {
                        skipped.add(new SkippedFile(rel, "broken symbolic link"));
                    }
                    return;
                }
                if (Files.isDirectory(target)) {
                    LOG.debug("not following the folder link {}", rel);
                    return;
                }
                if (!filter.accepts(rel)) {
                    return;
                }
                if (!target.startsWith(realRoot)) {
                    skipped.add(new SkippedFile(rel, "symbolic link to " + target + ", outside the source root"));
                } else if (realOut != null && target.startsWith(realOut)) {
                    skipped.add(new SkippedFile(rel, "symbolic link into the output folder"));
                } else if (Files.isRegularFile(target)) {
                    files.add(new SourceFile(target, rel, Files.size(target)));
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                String rel = relative(realRoot, file);
                if (filter.accepts(rel)) {
                    skipped.add(new SkippedFile(rel, "cannot be read: " + exc.getClass().getSimpleName()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::relativePath));
        skipped.sort(Comparator.comparing(SkippedFile::relativePath));
        return new Walk(files, skipped);
    }

    /** The real path of {@code p}, resolving links through its nearest existing ancestor. */
    static Path realIfExists(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    static boolean skipDirectory(Path dir) {
        return skipsDirectory(dir.getFileName().toString(), new DirectoryLook() {
            @Override
            public boolean isRegularFile(String child) {
                return Files.isRegularFile(dir.resolve(child), LinkOption.NOFOLLOW_LINKS);
            }

            @Override
            public boolean exists(String child) {
                return Files.exists(dir.resolve(child));
            }
        });
    }

    /** What the skip rules ask of a folder's contents; a walk over another file system answers them its own way. */
    public interface DirectoryLook {
        /** Whether {@code child} (a path relative to the folder) is a regular file, not a link. */
        boolean isRegularFile(String child);

        /** Whether {@code child} (a path relative to the folder) exists. */
        boolean exists(String child);
    }

    /**
     * The walk's rule for folders it does not descend: hidden ({@code .name}), {@code __pycache__},
     * {@code site-packages}, a virtual environment ({@code pyvenv.cfg} inside, or {@code venv}/{@code env}
     * holding {@code bin/activate}). Shared with walks over other file systems (the Spark engine's).
     */
    public static boolean skipsDirectory(String name, DirectoryLook look) {
        if (name.startsWith(".") || ALWAYS_SKIPPED.contains(name)) {
            return true;
        }
        if (look.isRegularFile("pyvenv.cfg")) {
            return true;
        }
        return (name.equals("venv") || name.equals("env")) && look.exists("bin/activate");
    }

    static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
