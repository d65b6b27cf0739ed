package io.portalis.accel.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code portalis-accel}: the command-line entry. One thin class per subcommand; exit codes are
 * {@link ExitCodes}: 0 ok, 1 some files failed, 2 usage, 3 run failed.
 */
@Command(name = "portalis-accel",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Transpiles a folder of typed Python 3 files to standalone Rust programs through a CPU/GPU "
                + "acceleration strategy executor, and reports what happened as JSON.",
        subcommands = {
            TranspileCommand.class,
            DevicesCommand.class,
            CalibrateCommand.class,
            TokensCommand.class,
            AstCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 ok, 1 some files failed, 2 usage error, 3 run failed."})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More log output on stderr: -v debug, -vv trace.")
    void setVerbose(boolean[] verbose) {
        Logging.verbosity(verbose.length);
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Only warnings and errors on stderr; no progress line.")
    void setQuiet(boolean quiet) {
        Logging.quiet(quiet);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (transpile, devices, calibrate, tokens, ast, generate-completion)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's streams and returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = StdoutStream.writer();
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }

    /** The configured command line writing to {@code out} (results) and {@code err} (messages). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("portalis-accel: error: " + oneLine(ex.getMessage()) + " (see '"
                    + c.getCommandSpec().qualifiedName() + " --help')");
            Suggestions.print(ex, c.getErr());
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            String what = ex instanceof RunFailedException ? ex.getMessage()
                    : "unexpected " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            c.getErr().println("portalis-accel: run failed: " + oneLine(what));
            if (Logging.isDebug()) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return ExitCodes.RUN_FAILED;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCodes.RUN_FAILED);
        return cl;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r", " ").replace('\n', ' ').trim();
    }
}
