package io.portalis.accel.cli;

/** The process exit codes of every command. */
public final class ExitCodes {
    /** Everything went well. */
    public static final int OK = 0;
    /** The run completed but some files failed. */
    public static final int FILES_FAILED = 1;
    /**
     * The command line cannot work, found before any work: unknown option, bad value, missing source
     * folder, no input file, an unwritable --report path, no such --device, a fault injection that
     * cannot fire.
     */
    public static final int USAGE = 2;
    /**
     * The run itself failed (GPU failure with --no-fallback, unreadable tree, OUT not writable, a report
     * that could not be written to stdout or its file).
     */
    public static final int RUN_FAILED = 3;
    /**
     * The run was interrupted (SIGINT, 128 + 2). A real process gets 130 for SIGINT and 143 for
     * SIGTERM from the JVM itself, after the report has been printed (see {@link InterruptGuard}).
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
