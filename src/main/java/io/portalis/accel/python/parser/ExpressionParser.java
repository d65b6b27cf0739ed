package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Python 3.11 expressions, complete: the grammar's layers, each in its own class, build on one
 * another ({@link AssignmentTargetParser}, {@link OperatorPrecedenceParser}, {@link PrimaryParser},
 * {@link DisplayParser}, {@link AtomParser}); this top layer adds parameter lists (of functions and
 * lambdas) and the entry point for an f-string's replacement field. Deeper nesting than
 * {@link TokenCursor#MAX_DEPTH} is a diagnostic.
 */
abstract class ExpressionParser extends AtomParser {
    ExpressionParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    /** The expression of an f-string replacement field: {@code (star_expressions)} over its own tokens. */
    Expr parseFStringExpression() {
        Expr e = starExpressions();
        while (type[p] == NEWLINE) {
            advance();
        }
        if (type[p] != END) {
            throw error("invalid syntax");
        }
        return e;
    }

    // ---------------------------------------------------------------- parameters

    Arguments parameters(boolean lambda, int closer) {
        int s = start[p];
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenDefault = false;
        boolean seenStar = false;
        boolean seenSlash = false;
        while (!at(closer)) {
            if (at(SLASH)) {
                if (seenSlash) {
                    throw error("/ may appear only once");
                }
                if (seenStar) {
                    throw error("/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /");
                }
                advance();
                posonly.addAll(args);
                args.clear();
                seenSlash = true;
            } else if (at(STAR)) {
                if (seenStar) {
                    throw error("* argument may appear only once");
                }
                advance();
                seenStar = true;
                if (!at(COMMA) && !at(closer)) {
                    vararg = param(lambda, true);
                }
            } else if (at(DOUBLESTAR)) {
                advance();
                kwarg = param(lambda, false);
                accept(COMMA);
                if (!at(closer)) {
                    throw error("arguments cannot follow var-keyword argument");
                }
                break;
            } else {
                Arg a = param(lambda, false);
                if (accept(EQUAL)) {
                    Expr d = expression();
                    if (seenStar) {
                        kwonly.add(a);
                        kwDefaults.add(d);
                    } else {
                        args.add(a);
                        defaults.add(d);
                        seenDefault = true;
                    }
                } else if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(null);
                } else {
                    if (seenDefault) {
                        throw errorAt("non-default argument follows default argument", a.start(), a.end());
                    }
                    args.add(a);
                }
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (seenStar && vararg == null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *");
        }
        int e = lastEnd > s ? lastEnd : s;
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, s, Math.max(s, e));
    }

    Arg param(boolean lambda, boolean starAnnotation) {
        int s = start[p];
        String n = expectName();
        Expr annotation = null;
        if (!lambda && accept(COLON)) {
            annotation = starAnnotation && at(STAR) ? starExpression() : expression();
        }
        return new Arg(n, annotation, null, s, lastEnd);
    }
}
