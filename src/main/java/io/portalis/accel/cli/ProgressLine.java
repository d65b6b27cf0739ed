package io.portalis.accel.cli;

import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One self-overwriting line on stderr: files done of total, throughput in MB/s and the time left,
 * redrawn at most every 100 ms and erased when the last file is done. Only used when stderr is a
 * terminal.
 */
final class ProgressLine implements Consumer<TaskResult<FileOutcome>> {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final List<SourceFile> files;
    private final long totalBytes;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private int done;
    private long bytes;
    private long lastDraw;
    private int lastWidth;
    private boolean stopped;

    ProgressLine(List<SourceFile> files, PrintWriter err) {
        this.files = files;
        this.totalBytes = files.stream().mapToLong(SourceFile::size).sum();
        this.err = err;
    }

    @Override
    public synchronized void accept(TaskResult<FileOutcome> r) {
        if (stopped) {
            return;
        }
        done++;
        bytes += files.get(r.index()).size();
        if (done == files.size()) {
            finish(); // the last file: clear the line before the completion log is written
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(render(done, files.size(), bytes, totalBytes, now - start));
        }
    }

    /** The line's text. */
    static String render(int done, int total, long bytes, long totalBytes, long elapsedNanos) {
        double secs = elapsedNanos / 1e9;
        double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
        String left;
        if (done >= total) {
            left = "done";
        } else if (bytes == 0 || secs <= 0) {
            left = "--:-- left";
        } else {
            long remaining = Math.round((totalBytes - bytes) / (bytes / secs));
            left = String.format(Locale.ROOT, "%d:%02d left", remaining / 60, remaining % 60);
        }
        return String.format(Locale.ROOT, "%d/%d files  %.1f MB/s  %s", done, total, mbps, left);
    }

    private void draw(String line) {
        String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
        err.print("\r" + line + pad);
        err.flush();
        lastWidth = line.length();
    }

    /**
     * Clears the line and draws it no more, so that a message (the interrupt's) starts on a line of
     * its own instead of being glued onto the progress text.
     */
    synchronized void stop() {
        finish();
        stopped = true;
    }

    /** Clears the line. */
    synchronized void finish() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }
}
