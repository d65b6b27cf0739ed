package io.portalis.accel.cli;

import io.portalis.accel.report.AtomicTextFile;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where the JSON report goes: standard output, or {@code --report FILE} written atomically. A file
 * destination is checked before any work with the other outputs ({@link CiOutputOptions#checkBeforeWork}:
 * a usage error when it cannot be written), and every write is checked after it ({@link #write}: a run
 * failure, exit 3, when the report did not get out, e.g. to a full disk or a closed pipe).
 */
final class ReportDestination {
    private final Path file;

    /** @param file the {@code --report} file, {@code null} for standard output */
    ReportDestination(Path file) {
        this.file = file;
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
        try {
            AtomicTextFile.write(file, w -> ReportJson.write(report, w));
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
