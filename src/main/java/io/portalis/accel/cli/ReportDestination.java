package io.portalis.accel.cli;

import io.portalis.accel.report.ReportJson;
import io.portalis.accel.transpile.OutputTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * Where the JSON report goes: standard output, or {@code --report FILE} written atomically. A file
 * destination is checked before any work ({@link #checkBeforeWork}: a usage error when it cannot be
 * written), and every write is checked after it ({@link #write}: a run failure, exit 3, when the
 * report did not get out, e.g. to a full disk or a closed pipe).
 */
final class ReportDestination {
    private final Path file;

    /** @param file the {@code --report} file, {@code null} for standard output */
    ReportDestination(Path file) {
        this.file = file;
    }

    /**
     * Makes sure the report file can be written, before the run starts: its folder is created (as
     * the write would) and takes a new file, and the path is no folder.
     *
     * @throws CommandLine.ParameterException when it cannot be written
     */
    void checkBeforeWork(CommandLine cl) {
        if (file == null) {
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CommandLine.ParameterException(cl, "--report '" + file + "' is a folder; give a file name");
        }
        Path dir = target.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new CommandLine.ParameterException(cl, "--report '" + file + "' cannot be written: '"
                            + p + "' is a file, not a folder");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
            Files.delete(OutputTree.newTempBeside(target));
        } catch (IOException | SecurityException e) {
            throw new CommandLine.ParameterException(cl, "--report '" + file + "' cannot be written: " + why(e));
        }
    }

    /**
     * Writes the report.
     *
     * @throws RunFailedException when it could not be written completely
     */
    void write(Object report, PrintWriter stdout) {
        if (file == null) {
            try {
                ReportJson.write(report, stdout);
            } catch (IOException e) {
                throw new RunFailedException("cannot print the report to standard output: " + why(e), e);
            }
            if (stdout.checkError()) {
                IOException e = StdoutStream.firstError();
                throw new RunFailedException("cannot print the report to standard output: "
                        + (e == null ? "the write failed" : why(e)), e);
            }
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = OutputTree.newTempBeside(target);
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    ReportJson.write(report, w);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | SecurityException e) {
            throw new RunFailedException("cannot write the report to '" + file + "': " + why(e), e);
        }
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
