package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.lexer.LexResult;
import java.util.function.Function;

/**
 * Atoms: names, the keyword constants ({@code True}, {@code False}, {@code None}, {@code ...}),
 * number literals, adjacent string literals (plain, bytes and f-strings, concatenated by
 * {@link StringConcatenation}), and the bracketed forms handed to {@link DisplayParser}.
 */
abstract class AtomParser extends DisplayParser {
    AtomParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    boolean startsAtom() {
        return switch (type[p]) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    Expr atom() {
        int s = start[p];
        switch (type[p]) {
            case NAME: {
                String id = name[p];
                advance();
                return new Expr.Name(id, ExprContext.Load, s, lastEnd);
            }
            case TRUE:
                advance();
                return new Expr.Constant(ConstantValue.Bool.TRUE, null, s, lastEnd);
            case FALSE:
                advance();
                return new Expr.Constant(ConstantValue.Bool.FALSE, null, s, lastEnd);
            case NONE:
                advance();
                return new Expr.Constant(ConstantValue.None.INSTANCE, null, s, lastEnd);
            case ELLIPSIS:
                advance();
                return new Expr.Constant(ConstantValue.Ellipsis.INSTANCE, null, s, lastEnd);
            case NUMBER:
                return number();
            case STRING:
                return strings();
            case LPAR:
            case LSQB:
            case LBRACE: {
                enter();
                try {
                    return type[p] == LPAR ? parenthesized() : type[p] == LSQB ? listDisplay() : braceDisplay();
                } finally {
                    depth--;
                }
            }
            default:
                throw error("invalid syntax");
        }
    }

    Expr number() {
        int s = start[p];
        int e = end[p];
        ConstantValue v;
        try {
            v = Literals.number(src, s - shift, e - shift);
        } catch (SyntaxError err) {
            throw errorAt(err.getMessage(), s, e);
        }
        advance();
        return new Expr.Constant(v, null, s, e);
    }

    /** STRING+: adjacent literals concatenated as CPython does (plain, bytes and f-strings). */
    Expr strings() {
        int first = p;
        while (at(STRING)) {
            advance();
        }
        return new StringConcatenation(tok, lexer, charset, depth).read(first, p - 1);
    }
}
