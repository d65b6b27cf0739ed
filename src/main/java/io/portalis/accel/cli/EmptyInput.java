package io.portalis.accel.cli;

import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SourceWalker;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A run with no input file is a usage error, not a success: an empty SRC, a wrong SRC, or an
 * {@code --include} that matches nothing would otherwise exit 0 and look like a clean run.
 */
final class EmptyInput {
    private EmptyInput() {}

    /** @throws CommandLine.ParameterException when the walk found no file to transpile */
    static void check(SourceWalker.Walk walk, Path source, PathFilter filter, CommandLine cl) {
        if (!walk.files().isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("no input files under '").append(source).append("' (include ")
                .append(String.join(", ", filter.includeGlobs()));
        if (!filter.excludeGlobs().isEmpty()) {
            sb.append("; exclude ").append(String.join(", ", filter.excludeGlobs()));
        }
        sb.append(')');
        if (!walk.skipped().isEmpty()) {
            sb.append("; ").append(walk.skipped().size()).append(" matching file(s) skipped, e.g. ")
                    .append(walk.skipped().get(0).relativePath()).append(": ").append(walk.skipped().get(0).reason());
        }
        throw new CommandLine.ParameterException(cl, sb.toString());
    }
}
