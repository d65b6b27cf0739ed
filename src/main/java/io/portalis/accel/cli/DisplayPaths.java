package io.portalis.accel.cli;

import java.nio.file.Path;

/**
 * Paths as the user can open them from where they ran the command: under SRC as they gave it
 * (relative to the current folder when SRC was given relative, else absolute), so editors and CI
 * problem matchers find the file.
 */
final class DisplayPaths {
    private final Path root;

    /** @param given the folder as it was given on the command line */
    DisplayPaths(Path given) {
        this.root = given.normalize();
    }

    /** The file at {@code relative} ({@code /}-separated, under the folder) as the user can open it. */
    String of(String relative) {
        if (root.toString().isEmpty()) {
            return relative;
        }
        return root.resolve(relative).toString();
    }

    /** The folder itself as the user can open it ({@code .} for the current folder). */
    String root() {
        return root.toString().isEmpty() ? "." : root.toString();
    }
}
