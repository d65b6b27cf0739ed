package io.portalis.accel.cli;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClDevices;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.TokenDump;
import io.portalis.accel.strategy.GpuFailureException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis-accel tokens FILE [--engine cpu|opencl]}: the token stream, one token a line as
 * {@code python -m tokenize} prints it; diagnostics go to stderr. A debugging aid, and the way to
 * compare the two lexer engines.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Prints FILE's tokens like 'python -m tokenize' (line,col-line,col: kind 'text'); "
                + "diagnostics go to stderr. Exit 1 when the file has lexical errors.")
final class TokensCommand implements Callable<Integer> {
    enum Engine { cpu, opencl }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A Python source file.")
    Path file;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "cpu",
            description = "cpu (default) or opencl (the GPU engine; on a CPU OpenCL device only with --opencl-cpu).")
    Engine engine;

    @Mixin
    DeviceOptions deviceOptions = new DeviceOptions();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read '" + file + "': " + e.getMessage());
        }
        LexResult r = engine == Engine.cpu ? CpuLexer.lex(src) : lexOnOpenCl(src);
        String dump = TokenDump.render(new LexResult(r.source(), r.tokens(), List.of()));
        PrintWriter out = cl.getOut();
        out.print(dump);
        out.flush();
        PrintWriter err = cl.getErr();
        SourceMap map = new SourceMap(src);
        for (Diagnostic d : r.diagnostics()) {
            err.println(map.render(file.toString(), d));
        }
        err.flush();
        return r.ok() ? ExitCodes.OK : ExitCodes.FILES_FAILED;
    }

    private LexResult lexOnOpenCl(byte[] src) {
        OpenClDevices.Scan scan = OpenClDevices.scan();
        if (scan instanceof OpenClDevices.NotFound nf) {
            throw new RunFailedException("no OpenCL device (" + nf.code() + "): " + nf.reason());
        }
        OpenClDevices.Selection sel = OpenClDevices.choose(((OpenClDevices.Found) scan).devices(), deviceOptions.choice());
        if (sel instanceof OpenClDevices.Refused r) {
            throw new RunFailedException("no usable OpenCL device: " + r.reason());
        }
        OpenClDevice device = ((OpenClDevices.Selected) sel).device();
        try (OpenClLexer lexer = OpenClLexer.open(device, OpenClLexer.Settings.defaults())) {
            return lexer.lex(List.of(src)).get(0);
        } catch (GpuFailureException e) {
            throw new RunFailedException("OpenCL lexing failed (" + e.failure().cause() + "): " + e.failure().message(), e);
        }
    }
}
