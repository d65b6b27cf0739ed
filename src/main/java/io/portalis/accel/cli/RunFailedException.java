package io.portalis.accel.cli;

/** A run that cannot go on; the CLI prints its message on one line and exits with {@link ExitCodes#RUN_FAILED}. */
final class RunFailedException extends RuntimeException {
    RunFailedException(String message) {
        super(message);
    }

    RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
