package io.portalis.accel.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a file the run will write (the report, SARIF, JUnit XML, metrics) can be written, asked before
 * any work starts. The file is replaced by a rename, so its folder must take new files; that is tried
 * with a probe file, created and removed at once.
 */
final class OutputFileCheck {
    private OutputFileCheck() {}

    /** {@code null} when {@code target} (absolute, normalised) can be written; else why not, in words. */
    static String problem(Path target) {
        if (Files.isDirectory(target)) {
            return "is a folder";
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return "exists and is not a regular file: the rename that writes it would replace it"
                    + " (for the report on stdout use --report -)";
        }
        Path dir = target.getParent();
        if (dir == null) {
            return "has no folder";
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return "'" + p + "' is not a folder";
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return "cannot create the folder '" + dir + "' (" + why(e) + ")";
        }
        try {
            Path probe = Files.createTempFile(dir, ".portalis-write-check.", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return "the folder '" + dir + "' is not writable (" + why(e) + ")";
        }
        return null;
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
