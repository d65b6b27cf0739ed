package io.portalis.accel.transpile;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One file's pipeline: read ▸ decode (UTF-8, strict) ▸ lex ▸ parse ▸ translate ▸ atomic write.
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

    /** Read ▸ decode. */
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
        Diagnostic bad = times.time(Stage.DECODE, () -> firstUtf8Error(bytes));
        if (bad != null) {
            return new Loaded.Failed(failed(file, bytes, times, List.of(bad)));
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

    /**
     * The first invalid UTF-8 sequence as a diagnostic ({@code E-ENCODING}), or {@code null} when
     * the bytes are valid UTF-8.
     */
    static Diagnostic firstUtf8Error(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int len = Math.max(1, r.length());
                StringBuilder hex = new StringBuilder();
                for (int i = at; i < Math.min(bytes.length, at + len); i++) {
                    hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02x", bytes[i] & 0xff));
                }
                return Diagnostic.error("E-ENCODING", "the file is not valid UTF-8: cannot decode byte "
                        + hex + " at offset " + at, at, Math.min(bytes.length, at + len));
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        return null;
    }
}
