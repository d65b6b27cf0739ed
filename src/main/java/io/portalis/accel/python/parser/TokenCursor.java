package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.lexer.LexResult;
import java.util.function.Function;

/**
 * The parser's position in one token stream and the small moves every grammar rule makes:
 * look at, accept or expect a token, build an error at the current token, and keep count of
 * nesting so that no input can exhaust the stack. The grammar itself lives in the subclasses:
 * the expression layers ({@link AssignmentTargetParser}, {@link OperatorPrecedenceParser},
 * {@link PrimaryParser}, {@link DisplayParser}, {@link AtomParser}, {@link ExpressionParser}),
 * {@link PatternParser} and {@link Parser} (statements).
 */
abstract class TokenCursor {
    /** Deepest expression nesting accepted (CPython itself fails near this depth). */
    static final int MAX_DEPTH = 2000;

    final Tok tok;
    final int[] type;
    final int[] start;
    final int[] end;
    final String[] name;
    final byte[] src;
    final int shift;
    final Function<byte[], LexResult> lexer;
    final java.nio.charset.Charset charset;
    int p;
    int lastEnd;
    int depth;
    int indentLevel;

    TokenCursor(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        this.tok = tok;
        this.type = tok.type;
        this.start = tok.start;
        this.end = tok.end;
        this.name = tok.name;
        this.src = tok.src;
        this.shift = tok.shift;
        this.lexer = lexer;
        this.charset = charset;
        this.depth = depth;
        this.lastEnd = start[0];
    }

    // ================================================================ token helpers

    void advance() {
        int ty = type[p];
        if (ty != NEWLINE && ty != INDENT && ty != DEDENT && ty != END) {
            lastEnd = end[p];
        }
        if (ty == INDENT) {
            indentLevel++;
        } else if (ty == DEDENT) {
            indentLevel--;
        }
        if (p < tok.n - 1) {
            p++;
        }
    }

    boolean at(int ty) {
        return type[p] == ty;
    }

    int peek(int k) {
        return type[Math.min(p + k, tok.n - 1)];
    }

    boolean accept(int ty) {
        if (type[p] == ty) {
            advance();
            return true;
        }
        return false;
    }

    void expect(int ty) {
        if (type[p] != ty) {
            throw error(ty == COLON ? "expected ':'" : "invalid syntax");
        }
        advance();
    }

    void expectColon() {
        expect(COLON);
    }

    String expectName() {
        if (type[p] != NAME) {
            throw error("invalid syntax");
        }
        String s = name[p];
        advance();
        return s;
    }

    boolean atSoft(String word) {
        return type[p] == NAME && name[p].equals(word);
    }

    SyntaxError error(String message) {
        int ty = type[p];
        if (ty == INDENT) {
            return new SyntaxError("E-SYNTAX", "unexpected indent", start[p], end[p]);
        }
        if (ty == ERROR) {
            return new SyntaxError("E-SYNTAX", "invalid token", start[p], end[p]);
        }
        return new SyntaxError("E-SYNTAX", message, start[p], end[p]);
    }

    static SyntaxError errorAt(String message, int s, int e) {
        return new SyntaxError("E-SYNTAX", message, s, e);
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("E-NESTING", "too many nested expressions and blocks (more than " + MAX_DEPTH + ")",
                    start[p], end[p]);
        }
    }

    void chain(int links) {
        if (depth + links > MAX_DEPTH) {
            throw new SyntaxError("E-NESTING", "expression nested too deeply (more than " + MAX_DEPTH + " levels)",
                    start[p], end[p]);
        }
    }

    int lineOf(int offset) {
        int raw = Math.min(offset - shift, src.length);
        int line = 1;
        for (int i = 0; i < raw; i++) {
            if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= src.length || src[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
