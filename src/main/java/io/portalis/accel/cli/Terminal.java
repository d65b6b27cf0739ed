package io.portalis.accel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal (Java has no isatty for one stream). */
final class Terminal {
    private Terminal() {}

    /**
     * On Linux, file descriptor 2 is a terminal when it links to {@code /dev/pts/*} or
     * {@code /dev/tty*}. Elsewhere, a console exists only when stdin and stdout are terminals,
     * which is taken as the best available sign. {@code TERM=dumb} counts as no terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
