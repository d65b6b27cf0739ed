package io.portalis.accel.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * How log lines look on stderr. At the default level a person reads them: {@code portalis-accel:
 * warning: message}, no timestamp, no class name, no stack trace. With {@code -v}/{@code -vv}
 * ({@link #detailed}) they carry the time, level and logger, and stack traces, for debugging.
 */
public final class HumanLogLayout extends LayoutBase<ILoggingEvent> {
    static final String DETAILED_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private static volatile boolean detailed;

    private PatternLayout pattern;

    /** Switches every log line to the detailed form (set by {@code -v}). */
    static void detailed(boolean on) {
        detailed = on;
    }

    @Override
    public void start() {
        pattern = new PatternLayout();
        pattern.setContext(getContext());
        pattern.setPattern(DETAILED_PATTERN);
        pattern.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        if (detailed) {
            return pattern.doLayout(event);
        }
        return human(event.getLevel(), event.getFormattedMessage()) + CoreConstants.LINE_SEPARATOR;
    }

    /** {@code portalis-accel: warning: message} (or {@code error:}; info and below without a word). */
    static String human(Level level, String message) {
        String word = level.isGreaterOrEqual(Level.ERROR) ? "error: " : level.isGreaterOrEqual(Level.WARN) ? "warning: " : "";
        return "portalis-accel: " + word + message;
    }
}
