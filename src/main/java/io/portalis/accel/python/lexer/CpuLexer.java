package io.portalis.accel.python.lexer;

/**
 * The CPU engine of the lexer: runs {@link LexerAutomaton} sequentially over one file and hands
 * the segments to the {@link TokenAssembler} shared with the OpenCL engine. Never throws on bad
 * input: problems come back as diagnostics in the {@link LexResult}.
 */
public final class CpuLexer {
    private CpuLexer() {}

    public static LexResult lex(byte[] source) {
        SourceText text = SourceText.of(source);
        return TokenAssembler.assemble(source, text, segments(source, text.bodyStart()));
    }

    /** The automaton's segments of {@code source}, from {@code bodyStart} (after any BOM). */
    public static Segments segments(byte[] source, int bodyStart) {
        LexerAutomaton automaton = LexerAutomaton.get();
        Segments.Builder builder = new Segments.Builder(Math.max(16, (source.length - bodyStart) / 3));
        int finalState = automaton.run(source, bodyStart, source.length, builder);
        return builder.build(finalState);
    }
}
