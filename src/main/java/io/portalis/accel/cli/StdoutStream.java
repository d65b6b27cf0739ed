package io.portalis.accel.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output for results, as a stream that can fail. {@code System.out} is a
 * {@code PrintStream}, which swallows write errors, so a report printed to {@code /dev/full} or a
 * closed pipe would vanish with exit 0. This writes to file descriptor 1 directly and keeps the first
 * error, so the command can check {@link PrintWriter#checkError()} after printing and tell why.
 */
final class StdoutStream extends FilterOutputStream {
    private static volatile IOException firstError;

    private StdoutStream(OutputStream out) {
        super(out);
    }

    /** A UTF-8 writer on file descriptor 1 whose {@code checkError()} reports failed writes. */
    static PrintWriter writer() {
        return new PrintWriter(new OutputStreamWriter(new StdoutStream(new FileOutputStream(FileDescriptor.out)),
                StandardCharsets.UTF_8), true);
    }

    /** The first write error seen on standard output in this process, or {@code null}. */
    static IOException firstError() {
        return firstError;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    private static void remember(IOException e) {
        if (firstError == null) {
            firstError = e;
        }
    }
}
