package io.portalis.accel.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the log level from {@code -v} / {@code -q}: INFO by default, -v DEBUG, -vv TRACE, -q WARN.
 * {@code -v} also switches log lines to the detailed form with time and logger ({@link HumanLogLayout}).
 */
final class Logging {
    private static volatile boolean quiet;

    private Logging() {}

    static void verbosity(int verbose) {
        if (verbose <= 0) {
            return;
        }
        root().setLevel(verbose == 1 ? Level.DEBUG : Level.TRACE);
        HumanLogLayout.detailed(true);
        quiet = false;
    }

    static void quiet(boolean q) {
        if (q) {
            root().setLevel(Level.WARN);
            quiet = true;
        }
    }

    static boolean isQuiet() {
        return quiet;
    }

    static boolean isDebug() {
        return root().isDebugEnabled();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
