package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Primaries: an atom followed by any chain of attribute accesses, calls (with their positional,
 * starred, keyword and {@code **} arguments, and a lone generator argument) and subscripts (with
 * slices and starred items).
 */
abstract class PrimaryParser extends OperatorPrecedenceParser {
    PrimaryParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    /** atom: a name, literal, string or parenthesized form or display ({@link AtomParser}). */
    abstract Expr atom();

    /** for_if_clauses: the clauses of a comprehension ({@link DisplayParser}). */
    abstract List<Comprehension> forIfClauses();

    Expr primary() {
        Expr e = atom();
        int links = 0;
        while (true) {
            switch (type[p]) {
                case DOT -> {
                    advance();
                    String attr = expectName();
                    e = new Expr.Attribute(e, attr, ExprContext.Load, e.start(), lastEnd);
                }
                case LPAR -> {
                    int lpar = start[p];
                    advance();
                    if (at(RPAR)) {
                        advance();
                        e = new Expr.Call(e, List.of(), List.of(), e.start(), lastEnd);
                    } else {
                        List<Expr> args = new ArrayList<>(4);
                        List<Keyword> keywords = new ArrayList<>(0);
                        enter();
                        try {
                            callArguments(args, keywords, lpar);
                        } finally {
                            depth--;
                        }
                        e = new Expr.Call(e, args, keywords, e.start(), lastEnd);
                    }
                }
                case LSQB -> {
                    advance();
                    enter();
                    Expr slice;
                    try {
                        slice = slices();
                    } finally {
                        depth--;
                    }
                    expect(RSQB);
                    e = new Expr.Subscript(e, slice, ExprContext.Load, e.start(), lastEnd);
                }
                default -> {
                    return e;
                }
            }
            chain(++links);
        }
    }

    /**
     * Call arguments after the opening parenthesis, through the closing one. {@code lpar} is the
     * offset of the parenthesis when a lone generator argument may take it as its own (calls), or
     * -1 (class bases).
     */
    void callArguments(List<Expr> args, List<Keyword> keywords, int lpar) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!at(RPAR)) {
            int s = start[p];
            if (at(STAR)) {
                advance();
                Expr v = expression();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", s, lastEnd);
                }
                args.add(new Expr.Starred(v, ExprContext.Load, s, lastEnd));
            } else if (at(DOUBLESTAR)) {
                advance();
                Expr v = expression();
                keywords.add(new Keyword(null, v, s, lastEnd));
                sawDoubleStar = true;
            } else if (at(NAME) && peek(1) == EQUAL) {
                String kw = name[p];
                advance();
                advance();
                Expr v = expression();
                keywords.add(new Keyword(kw, v, s, lastEnd));
                sawKeyword = true;
            } else {
                Expr e = namedExpression();
                if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
                    List<Comprehension> gens = forIfClauses();
                    boolean alone = args.isEmpty() && keywords.isEmpty() && at(RPAR);
                    if (!alone || lpar < 0) {
                        throw errorAt("Generator expression must be parenthesized", e.start(), lastEnd);
                    }
                    advance();
                    args.add(new Expr.GeneratorExp(e, gens, lpar, lastEnd));
                    return;
                }
                if (at(EQUAL)) {
                    throw errorAt("expression cannot contain assignment, perhaps you meant \"==\"?", e.start(), end[p]);
                }
                if (sawDoubleStar) {
                    throw errorAt("positional argument follows keyword argument unpacking", e.start(), e.end());
                }
                if (sawKeyword) {
                    throw errorAt("positional argument follows keyword argument", e.start(), e.end());
                }
                args.add(e);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
    }

    Expr slices() {
        Expr first = sliceItem();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), ExprContext.Load, first.start(), first.end());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, ExprContext.Load, first.start(), lastEnd);
    }

    Expr sliceItem() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
        }
        Expr lower = null;
        int s = start[p];
        if (!at(COLON)) {
            Expr e = namedExpression();
            if (!at(COLON)) {
                return e;
            }
            lower = e;
        }
        advance();
        Expr upper = at(COLON) || at(RSQB) || at(COMMA) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(RSQB) || at(COMMA) ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, s, lastEnd);
    }
}
