package io.portalis.accel.transpile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * The output folder. A file is written to a temporary file beside its target and then renamed over
 * it, so no partial output ever exists under its final name; nothing is written outside the root.
 */
public final class OutputTree {
    /** Writes the bytes of a new file (the seam through which tests simulate a full disk). */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private final Path root;
    private final FileWriter writer;

    public OutputTree(Path root) {
        this(root, (file, bytes) -> Files.write(file, bytes));
    }

    /** An output tree whose file contents go through {@code writer} (renames and removals do not). */
    public OutputTree(Path root, FileWriter writer) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public Path root() {
        return root;
    }

    /** {@code pkg/mod.py} → {@code pkg/mod.rs}. */
    public static String rustPathFor(String relativePyPath) {
        String base = relativePyPath.endsWith(".py")
                ? relativePyPath.substring(0, relativePyPath.length() - 3) : relativePyPath;
        return base + ".rs";
    }

    /**
     * Removes the file at {@code relativePath} under the root if there is one.
     *
     * @return whether a file was removed
     */
    public boolean remove(String relativePath) throws IOException {
        return Files.deleteIfExists(inside(relativePath));
    }

    private Path inside(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relativePath);
        }
        return target;
    }

    /**
     * A new empty temporary file beside {@code target} (a hidden {@code .NAME.*.tmp}), to be renamed
     * over it. Where the file system has POSIX permissions it is created {@code rw-r--r--} (less the
     * process's umask), as files are by default, rather than the owner-only mode of
     * {@link Files#createTempFile}: an output that others cannot read would surprise its users once
     * renamed into place.
     */
    public static Path newTempBeside(Path target) throws IOException {
        Path dir = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, prefix, ".tmp", PUBLIC_READ);
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    private static final FileAttribute<Set<PosixFilePermission>> PUBLIC_READ =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    /**
     * Writes {@code bytes} at {@code relativePath} under the root, atomically.
     *
     * @return the number of bytes written
     * @throws IOException              when the file system refuses
     * @throws IllegalArgumentException when the path would leave the root
     */
    public long write(String relativePath, byte[] bytes) throws IOException {
        Path target = inside(relativePath);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = newTempBeside(target);
        try {
            writer.write(tmp, bytes);
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return bytes.length;
    }

    /**
     * As {@link #write}, but a file that already holds exactly {@code bytes} is left as it is (its
     * time stamp too, so that {@code cargo} rebuilds only what changed).
     *
     * @return whether the file was written
     */
    public boolean writeIfChanged(String relativePath, byte[] bytes) throws IOException {
        Path target = inside(relativePath);
        if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(relativePath, bytes);
        return true;
    }

    /**
     * Renames a finished temporary file over {@code target}: atomically where the file system can,
     * else as a plain replacing move. Every file this tool writes whole (outputs, report, CI outputs,
     * calibration) ends this way.
     */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
