package io.portalis.accel.transpile;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.SourceText;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One file's pipeline: read ▸ decode ▸ lex ▸ parse ▸ translate ▸ atomic write.
 * Each stage that has landed in the project runs; the outcome lists the stages that ran. Bad input
 * is a failed outcome with diagnostics, never an exception.
 *
 * <p>Two entries: {@link #process} runs the whole pipeline on the CPU; the GPU kernel instead calls
 * {@link #load} for each file, lexes the batch on the device, and hands each file's
 * {@link LexResult} to {@link #processLexed}.
 */
public final class FilePipeline {
    private final OutputTree output;

    public FilePipeline(OutputTree output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    public OutputTree output() {
        return output;
    }

    /** A file after read ▸ decode: its bytes, or the outcome of its failure. */
    public sealed interface Loaded permits Loaded.Source, Loaded.Failed {
        /** The file's bytes, valid UTF-8. */
        record Source(SourceFile file, byte[] bytes, StageTimesView times) implements Loaded {}

        /** The file could not be read or is not UTF-8. */
        record Failed(FileOutcome outcome) implements Loaded {}
    }

    /** The stage times of a loaded file, carried to {@link #processLexed}. */
    public static final class StageTimesView {
        private final StageTimes times;

        private StageTimesView(StageTimes times) {
            this.times = times;
        }
    }

    /**
     * Read ▸ decode. Decoding follows Python: UTF-8 unless a PEP 263 {@code coding} declaration on
     * line 1 or 2 says otherwise (the lexer's {@link SourceText} rules: UTF-8, ASCII and Latin-1
     * are read); a file that is not in its encoding fails with an {@code E-ENCODING} diagnostic.
     */
    public Loaded load(SourceFile file) {
        StageTimes times = new StageTimes();
        byte[] bytes;
        long t0 = System.nanoTime();
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            times.record(Stage.READ, System.nanoTime() - t0);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Loaded.Failed(new FileOutcome(file.relativePath(), FileStatus.FAILED, 0, 0, null, times.snapshot(),
                    List.of(FileDiagnostic.whole(file.relativePath(), "error", "E-READ", "cannot read the file: " + why))));
        }
        times.record(Stage.READ, System.nanoTime() - t0);
        SourceText text = times.time(Stage.DECODE, () -> SourceText.of(bytes));
        if (!text.ok()) {
            return new Loaded.Failed(failed(file, bytes, times, text.diagnostics()));
        }
        return new Loaded.Source(file, bytes, new StageTimesView(times));
    }

    /** The whole pipeline on the calling thread. */
    public FileOutcome process(SourceFile file) {
        Loaded loaded = load(file);
        if (loaded instanceof Loaded.Failed f) {
            return f.outcome();
        }
        Loaded.Source src = (Loaded.Source) loaded;
        long t0 = System.nanoTime();
        LexResult lexed = CpuLexer.lex(src.bytes());
        return processLexed(src, lexed, System.nanoTime() - t0);
    }

    /**
     * The rest of the pipeline for a file lexed elsewhere (the GPU kernel).
     *
     * @param source   what {@link #load} gave for the file
     * @param lexed    its tokens; {@code lexed.source()} must be {@code source.bytes()}
     * @param lexNanos this file's share of the lexing time
     */
    public FileOutcome processLexed(Loaded.Source source, LexResult lexed, long lexNanos) {
        if (lexed.source() != source.bytes() && !java.util.Arrays.equals(lexed.source(), source.bytes())) {
            throw new IllegalArgumentException("the lex result is for other bytes than " + source.file().relativePath());
        }
        StageTimes times = source.times().times;
        times.record(Stage.LEX, lexNanos);
        return finish(source.file(), source.bytes(), times, lexed);
    }

    /**
     * After lexing: stop on errors, then parse (stop on errors). Translate and write run here once
     * they land; until then the file's pipeline ends after parsing, the outcome lists the stages
     * that ran, and nothing is written (never a fake translation).
     */
    private FileOutcome finish(SourceFile file, byte[] bytes, StageTimes times, LexResult lexed) {
        List<Diagnostic> diagnostics = lexed.diagnostics();
        boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (errors) {
            return failed(file, bytes, times, diagnostics);
        }
        ParseResult parsed = times.time(Stage.PARSE, () -> PythonParser.parse(lexed));
        diagnostics = parsed.diagnostics();
        if (!parsed.ok()) {
            return failed(file, bytes, times, diagnostics);
        }
        return new FileOutcome(file.relativePath(), FileStatus.OK, bytes.length, 0, null, times.snapshot(),
                place(file, bytes, diagnostics));
    }

    private static FileOutcome failed(SourceFile file, byte[] bytes, StageTimes times, List<Diagnostic> diagnostics) {
        return new FileOutcome(file.relativePath(), FileStatus.FAILED, bytes.length, 0, null, times.snapshot(),
                place(file, bytes, diagnostics));
    }

    private static List<FileDiagnostic> place(SourceFile file, byte[] bytes, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return List.of();
        }
        SourceMap map = new SourceMap(bytes);
        List<FileDiagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(FileDiagnostic.of(file.relativePath(), map, d));
        }
        return out;
    }
}
