package io.portalis.accel.python.parser;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Parses one Python 3.11 file into the AST ({@link Mod.Module}), collecting diagnostics rather
 * than throwing. A file the lexer could not read is not parsed: its lexer diagnostics are the
 * result. Deeply nested input is parsed on a thread with a large stack, and nesting beyond
 * {@link TokenCursor#MAX_DEPTH} is a diagnostic, so no input ends in a StackOverflowError.
 */
public final class PythonParser {
    /** Stack for the retry of a parse that overflowed the caller's stack. */
    private static final long BIG_STACK_BYTES = 1L << 30;

    private static final PythonParser CPU = new PythonParser(CpuLexer::lex);

    private final Function<byte[], LexResult> lexer;

    /** @param lexer the lexer used for the expressions embedded in f-strings */
    public PythonParser(Function<byte[], LexResult> lexer) {
        this.lexer = lexer;
    }

    /** Parses a file lexed by any engine (f-string expressions are lexed with {@link CpuLexer}). */
    public static ParseResult parse(LexResult lexed) {
        return CPU.parseLexed(lexed);
    }

    /** Lexes the bytes with {@link CpuLexer}, then parses them. */
    public static ParseResult parse(byte[] source) {
        return CPU.parseLexed(CpuLexer.lex(source));
    }

    /** Parses an already-lexed file. */
    public ParseResult parseLexed(LexResult lexed) {
        if (!lexed.ok()) {
            return new ParseResult(null, lexed.diagnostics());
        }
        try {
            return run(lexed);
        } catch (StackOverflowError e) {
            return onBigStack(lexed);
        }
    }

    private ParseResult run(LexResult lexed) {
        List<Diagnostic> diagnostics = new ArrayList<>(lexed.diagnostics());
        java.nio.charset.Charset charset = charset(lexed.source());
        Tok tok = new Tok(lexed.source(), lexed.tokens(), 0, charset);
        Mod.Module module = new Parser(tok, lexer, charset, 0).parseModule(diagnostics);
        return new ParseResult(module, diagnostics);
    }

    /** How the file's non-ASCII bytes read: UTF-8 unless its coding declaration says Latin-1. */
    private static java.nio.charset.Charset charset(byte[] source) {
        // only a coding declaration on line 1 or 2 changes the charset; skip the full reading otherwise
        int lines = 0;
        int i = 0;
        boolean mentionsCoding = false;
        for (; i < source.length && lines < 2; i++) {
            byte b = source[i];
            if (b == '\n') {
                lines++;
            } else if (b == 'c' && i + 6 <= source.length && source[i + 1] == 'o' && source[i + 2] == 'd'
                    && source[i + 3] == 'i' && source[i + 4] == 'n' && source[i + 5] == 'g') {
                mentionsCoding = true;
                break;
            }
        }
        return mentionsCoding ? SourceText.of(source).charset() : java.nio.charset.StandardCharsets.UTF_8;
    }

    private ParseResult onBigStack(LexResult lexed) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(run(lexed));
            } catch (StackOverflowError e) {
                result.set(new ParseResult(null, List.of(Diagnostic.error("E-NESTING",
                        "too deeply nested to parse", 0, 0))));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "python-parser-deep", BIG_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("parser failed", failure.get());
        }
        return result.get();
    }
}
