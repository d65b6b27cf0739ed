package io.portalis.accel.cli;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.ast.AstDump;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.transpile.OutputTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis-accel ast}: what the parser read, as Python's {@code ast.dump(ast.parse(source))}
 * prints it. One file to stdout; many files ({@code --out}) to {@code DIR/<relative path>.ast}, or
 * {@code .err} with the diagnostics; {@code --check} only parses. Exit 0 when every file parses,
 * 1 when some do not.
 */
@Command(name = "ast", mixinStandardHelpOptions = true,
        description = {"Prints the syntax tree of a Python 3.11 file exactly as Python's ast.dump(ast.parse(source)) "
                + "does (no attributes, no indent).",
            "With --out, writes DIR/<relative path>.ast for each file that parses and DIR/<relative path>.err "
                + "(its diagnostics) for each that does not; with --check, only parses and prints diagnostics. "
                + "A directory stands for every .py file under it."})
final class AstCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one .ast (or .err) file per input under DIR.")
    Path out;

    @Option(names = "--check", description = "Only parse; print diagnostics; exit 0 if every file parses, else 1.")
    boolean check;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Python files, or directories of them.")
    List<Path> paths;

    /** One input file and its path relative to the argument it came from (used under --out). */
    private record Input(Path file, String relative, String shown) {}

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (out != null && check) {
            throw new CommandLine.ParameterException(cl, "--out and --check cannot be used together");
        }
        List<Input> inputs = inputs(cl);
        if (out == null && !check && (inputs.size() != 1 || Files.isDirectory(paths.get(0)))) {
            throw new CommandLine.ParameterException(cl,
                    "one file prints its tree; for several files or a directory use --out DIR or --check");
        }
        PrintWriter stdout = cl.getOut();
        PrintWriter stderr = cl.getErr();
        OutputTree tree = out == null ? null : new OutputTree(out);
        int failed = 0;
        for (Input in : inputs) {
            byte[] src;
            try {
                src = Files.readAllBytes(in.file());
            } catch (IOException e) {
                failed++;
                String msg = in.shown() + ":1:1: error: cannot read the file: " + e.getMessage();
                stderr.println(msg);
                if (tree != null) {
                    tree.write(in.relative() + ".err", (msg + "\n").getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            ParseResult r = PythonParser.parse(src);
            String diagnostics = render(in.shown(), src, r.diagnostics());
            if (!diagnostics.isEmpty()) {
                stderr.print(diagnostics);
            }
            if (!r.ok()) {
                failed++;
                if (tree != null) {
                    tree.write(in.relative() + ".err", diagnostics.getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            if (tree != null) {
                tree.write(in.relative() + ".ast", (AstDump.dump(r.module()) + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (!check) {
                stdout.println(AstDump.dump(r.module()));
            }
        }
        stdout.flush();
        stderr.flush();
        if (out != null || check) {
            stderr.printf("%d file(s): %d parsed, %d failed%n", inputs.size(), inputs.size() - failed, failed);
            stderr.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FILES_FAILED;
    }

    private List<Input> inputs(CommandLine cl) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList()) {
                        String rel = p.relativize(f).toString().replace('\\', '/');
                        inputs.add(new Input(f, rel, f.toString()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                inputs.add(new Input(p, p.getFileName().toString(), p.toString()));
            } else {
                throw new CommandLine.ParameterException(cl, "no such file or directory: " + p);
            }
        }
        return inputs;
    }

    private static String render(String shown, byte[] src, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "";
        }
        SourceMap map = new SourceMap(src);
        return diagnostics.stream().map(d -> map.render(shown, d)).collect(Collectors.joining("\n", "", "\n"));
    }
}
