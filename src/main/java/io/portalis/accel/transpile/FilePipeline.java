package io.portalis.accel.transpile;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.SourceText;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.python.semantics.NameChecker;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.python.semantics.PrivateNames;
import io.portalis.accel.rust.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One file's pipeline: read ▸ decode ▸ lex ▸ parse ▸ check ▸ translate ▸ atomic write. The outcome lists
 * the stages that ran (a file stops at the first stage that reports an error). Bad input
 * is a failed outcome with diagnostics, never an exception.
 *
 * <p>Two entries: {@link #process} runs the whole pipeline on the CPU; the GPU kernel instead calls
 * {@link #load} for each file, lexes the batch on the device, and hands each file's
 * {@link LexResult} to {@link #processLexed}.
 */
public final class FilePipeline {
    private final OutputTree output;
    private final Cancellation cancellation;
    private final ModuleTranslations layout;

    public FilePipeline(OutputTree output) {
        this(output, new Cancellation());
    }

    /** A pipeline that skips every file it has not started once {@code cancellation} is cancelled. */
    public FilePipeline(OutputTree output, Cancellation cancellation) {
        this(output, cancellation, ModuleTranslations.STANDALONE);
    }

    /** As above, with the translate stage and output paths of {@code layout} (standalone files or a crate's modules). */
    public FilePipeline(OutputTree output, Cancellation cancellation, ModuleTranslations layout) {
        this.output = Objects.requireNonNull(output, "output");
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
        this.layout = Objects.requireNonNull(layout, "layout");
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
        if (cancellation.cancelled()) {
            return new Loaded.Failed(notReached(file));
        }
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
        if (cancellation.cancelled()) {
            return notReached(source.file());
        }
        StageTimes times = source.times().times;
        times.record(Stage.LEX, lexNanos);
        return finish(source.file(), source.bytes(), times, lexed);
    }

    /**
     * After lexing: stop on errors; parse (stop on errors); check names (stop on E-NAME);
     * translate (stop on errors or when no
     * program comes back); write the program atomically at the mirrored {@code .rs} path. A failed
     * file leaves no output: an older {@code .rs} at its path is removed, so the output tree always
     * matches the run that wrote it.
     */
    private FileOutcome finish(SourceFile file, byte[] bytes, StageTimes times, LexResult lexed) {
        List<Diagnostic> diagnostics = lexed.diagnostics();
        if (hasErrors(diagnostics)) {
            return failed(file, bytes, times, diagnostics);
        }
        if (layout.translated(file.relativePath())) {
            // the project index has parsed, checked and translated this module already
            Translation done = times.time(Stage.TRANSLATE, () -> layout.translation(file.relativePath(), null, null, bytes));
            return written(file, bytes, times, new ArrayList<>(diagnostics), done);
        }
        ParseResult parsed = times.time(Stage.PARSE, () -> PythonParser.parse(lexed).withModule(PrivateNames::mangle));
        diagnostics = new ArrayList<>(diagnostics);
        diagnostics.addAll(parsed.diagnostics());
        if (!parsed.ok()) {
            return failed(file, bytes, times, diagnostics);
        }
        NameResolution names;
        try {
            names = times.time(Stage.CHECK, () -> NameChecker.check(parsed.module()));
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of the checker: this file fails, the run goes on
            diagnostics.add(Diagnostic.error("E-INTERNAL", "the name check failed on this file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 0, 0));
            return failed(file, bytes, times, diagnostics);
        }
        diagnostics.addAll(names.diagnostics());
        if (hasErrors(names.diagnostics())) {
            return failed(file, bytes, times, diagnostics);
        }
        Translation translation = times.time(Stage.TRANSLATE,
                () -> layout.translation(file.relativePath(), parsed.module(), names, bytes));
        return written(file, bytes, times, diagnostics, translation);
    }

    /** After translating: stop on errors, else write the program atomically at its output path. */
    private FileOutcome written(SourceFile file, byte[] bytes, StageTimes times, List<Diagnostic> diagnostics,
            Translation translation) {
        diagnostics.addAll(translation.diagnostics());
        if (translation.rust() == null || hasErrors(translation.diagnostics())) {
            return failed(file, bytes, times, diagnostics);
        }
        String outPath = layout.outputPath(file.relativePath());
        byte[] program = translation.rust().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        try {
            if (layout.keepsUnchanged()) {
                output.writeIfChanged(outPath, program);
            } else {
                output.write(outPath, program);
            }
        } catch (IOException | RuntimeException e) {
            times.record(Stage.WRITE, System.nanoTime() - t0);
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            List<FileDiagnostic> placed = new ArrayList<>(place(file, bytes, diagnostics));
            placed.add(FileDiagnostic.whole(file.relativePath(), "error", "E-WRITE",
                    "cannot write " + outPath + ": " + why));
            return new FileOutcome(file.relativePath(), FileStatus.FAILED, bytes.length, 0, null, times.snapshot(), placed);
        }
        times.record(Stage.WRITE, System.nanoTime() - t0);
        return new FileOutcome(file.relativePath(), FileStatus.OK, bytes.length, program.length, outPath,
                times.snapshot(), place(file, bytes, diagnostics));
    }

    /** A file the run did not reach before it was cancelled: skipped, nothing read or written. */
    private FileOutcome notReached(SourceFile file) {
        return FileOutcome.skipped(new SkippedFile(file.relativePath(), "not reached: " + cancellation.reason()));
    }

    private static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** A failed file: its diagnostics, and no output (a stale one from an earlier run is removed). */
    private FileOutcome failed(SourceFile file, byte[] bytes, StageTimes times, List<Diagnostic> diagnostics) {
        List<FileDiagnostic> placed = new ArrayList<>(place(file, bytes, diagnostics));
        String outPath = layout.outputPath(file.relativePath());
        try {
            output.remove(outPath);
        } catch (IOException | RuntimeException e) {
            placed.add(FileDiagnostic.whole(file.relativePath(), "warning", "W-STALE-OUTPUT",
                    "cannot remove the output of an earlier run, " + outPath + ": " + e.getMessage()));
        }
        return new FileOutcome(file.relativePath(), FileStatus.FAILED, bytes.length, 0, null, times.snapshot(), placed);
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
