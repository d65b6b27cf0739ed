package io.portalis.accel.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * "Did you mean" for a mistyped subcommand or option, from picocli's own similarity search
 * ({@link CommandLine.UnmatchedArgumentException#getSuggestions()}), on a line of its own after the
 * usage error: {@code portalis-accel: did you mean 'transpile'?}.
 */
final class Suggestions {
    private Suggestions() {}

    /** Prints the suggestion line when {@code ex} is an unmatched argument with close matches; says whether it did. */
    static boolean print(CommandLine.ParameterException ex, PrintWriter err) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
            return false;
        }
        List<String> close = u.getSuggestions();
        if (close.isEmpty()) {
            return false;
        }
        StringBuilder sb = new StringBuilder("portalis-accel: did you mean ");
        for (int i = 0; i < close.size() && i < 2; i++) {
            sb.append(i == 0 ? "" : " or ").append('\'').append(close.get(i)).append('\'');
        }
        err.println(sb.append('?'));
        return true;
    }
}
