package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bracketed atoms: parenthesized expressions, tuples, parenthesized {@code yield} and generator
 * expressions; list, set and dict displays (with {@code *} and {@code **} unpacking); their
 * comprehensions and the {@code for ... in ... if ...} clauses they share.
 */
abstract class DisplayParser extends PrimaryParser {
    DisplayParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    Expr parenthesized() {
        int s = start[p];
        advance();
        if (accept(RPAR)) {
            return new Expr.Tuple(List.of(), ExprContext.Load, s, lastEnd);
        }
        if (at(YIELD)) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.start(), first.end());
            }
            List<Comprehension> gens = forIfClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(first, gens, s, lastEnd);
        }
        if (accept(RPAR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt("cannot use starred expression here", first.start(), first.end());
            }
            return first;
        }
        if (!at(COMMA)) {
            throw error("invalid syntax");
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RPAR);
        return new Expr.Tuple(elts, ExprContext.Load, s, lastEnd);
    }

    Expr listDisplay() {
        int s = start[p];
        advance();
        if (accept(RSQB)) {
            return new Expr.List(List.of(), ExprContext.Load, s, lastEnd);
        }
        Expr first = starNamedExpression();
        if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.start(), first.end());
            }
            List<Comprehension> gens = forIfClauses();
            expect(RSQB);
            return new Expr.ListComp(first, gens, s, lastEnd);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RSQB);
        return new Expr.List(elts, ExprContext.Load, s, lastEnd);
    }

    Expr braceDisplay() {
        int s = start[p];
        advance();
        if (accept(RBRACE)) {
            return new Expr.Dict(List.of(), List.of(), s, lastEnd);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (at(DOUBLESTAR)) {
            advance();
            keys.add(null);
            values.add(bitwiseOr());
            if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
                throw error("dict unpacking cannot be used in dict comprehension");
            }
            return dictRest(s, keys, values);
        }
        Expr first = starNamedExpression();
        if (at(COLON) && !(first instanceof Expr.Starred)) {
            advance();
            Expr v = expression();
            if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
                List<Comprehension> gens = forIfClauses();
                expect(RBRACE);
                return new Expr.DictComp(first, v, gens, s, lastEnd);
            }
            keys.add(first);
            values.add(v);
            return dictRest(s, keys, values);
        }
        if (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.start(), first.end());
            }
            List<Comprehension> gens = forIfClauses();
            expect(RBRACE);
            return new Expr.SetComp(first, gens, s, lastEnd);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RBRACE)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RBRACE);
        return new Expr.Set(elts, s, lastEnd);
    }

    Expr dictRest(int s, List<Expr> keys, List<Expr> values) {
        while (accept(COMMA)) {
            if (at(RBRACE)) {
                break;
            }
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expectColon();
                values.add(expression());
            }
        }
        expect(RBRACE);
        return new Expr.Dict(keys, values, s, lastEnd);
    }

    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at(FOR) || (at(ASYNC) && peek(1) == FOR)) {
            int s = start[p];
            int isAsync = accept(ASYNC) ? 1 : 0;
            expect(FOR);
            Expr target = toContext(starTargets(), ExprContext.Store);
            expect(IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync, s, lastEnd));
        }
        return gens;
    }
}
