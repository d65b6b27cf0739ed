package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The patterns of {@code match} statements: every pattern kind of Python 3.11. */
abstract class PatternParser extends ExpressionParser {
    PatternParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    Pattern patterns() {
        int s = start[p];
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw errorAt("invalid syntax", first.start(), first.end());
            }
            return first;
        }
        List<Pattern> list = new ArrayList<>();
        list.add(first);
        while (accept(COMMA)) {
            if (at(COLON) || at(IF)) {
                break;
            }
            list.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(list, s, lastEnd);
    }

    Pattern maybeStarPattern() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            String n = expectName();
            return new Pattern.MatchStar(n.equals("_") ? null : n, s, lastEnd);
        }
        return pattern();
    }

    Pattern pattern() {
        enter();
        try {
            Pattern or = orPattern();
            if (accept(AS)) {
                String n = expectName();
                if (n.equals("_")) {
                    throw errorAt("cannot use '_' as a target", start[p - 1], end[p - 1]);
                }
                return new Pattern.MatchAs(or, n, or.start(), lastEnd);
            }
            return or;
        } finally {
            depth--;
        }
    }

    Pattern orPattern() {
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(alts, first.start(), lastEnd);
    }

    Pattern closedPattern() {
        int s = start[p];
        switch (type[p]) {
            case NUMBER, MINUS: {
                Expr v = signedNumberOrComplex();
                return new Pattern.MatchValue(v, s, lastEnd);
            }
            case STRING: {
                Expr v = strings();
                if (!(v instanceof Expr.Constant)) {
                    throw errorAt("patterns may only match literals and attribute lookups", v.start(), v.end());
                }
                return new Pattern.MatchValue(v, s, lastEnd);
            }
            case NONE:
                advance();
                return new Pattern.MatchSingleton(ConstantValue.None.INSTANCE, s, lastEnd);
            case TRUE:
                advance();
                return new Pattern.MatchSingleton(ConstantValue.Bool.TRUE, s, lastEnd);
            case FALSE:
                advance();
                return new Pattern.MatchSingleton(ConstantValue.Bool.FALSE, s, lastEnd);
            case NAME: {
                if (peek(1) == DOT || peek(1) == LPAR) {
                    Expr cls = nameOrAttr();
                    if (at(LPAR)) {
                        return classPattern(cls);
                    }
                    return new Pattern.MatchValue(cls, s, lastEnd);
                }
                String n = name[p];
                advance();
                return n.equals("_") ? new Pattern.MatchAs(null, null, s, lastEnd) : new Pattern.MatchAs(null, n, s, lastEnd);
            }
            case LPAR: {
                advance();
                if (accept(RPAR)) {
                    return new Pattern.MatchSequence(List.of(), s, lastEnd);
                }
                Pattern first = maybeStarPattern();
                if (at(COMMA)) {
                    List<Pattern> list = new ArrayList<>();
                    list.add(first);
                    while (accept(COMMA)) {
                        if (at(RPAR)) {
                            break;
                        }
                        list.add(maybeStarPattern());
                    }
                    expect(RPAR);
                    return new Pattern.MatchSequence(list, s, lastEnd);
                }
                expect(RPAR);
                if (first instanceof Pattern.MatchStar) {
                    throw errorAt("invalid syntax", first.start(), first.end());
                }
                return first;
            }
            case LSQB: {
                advance();
                List<Pattern> list = new ArrayList<>();
                while (!at(RSQB)) {
                    list.add(maybeStarPattern());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RSQB);
                return new Pattern.MatchSequence(list, s, lastEnd);
            }
            case LBRACE:
                return mappingPattern();
            default:
                throw error("invalid syntax");
        }
    }

    Expr nameOrAttr() {
        int s = start[p];
        Expr e = new Expr.Name(expectName(), ExprContext.Load, s, lastEnd);
        while (accept(DOT)) {
            String attr = expectName();
            e = new Expr.Attribute(e, attr, ExprContext.Load, s, lastEnd);
        }
        return e;
    }

    Expr signedNumberOrComplex() {
        int s = start[p];
        Expr left = signedNumber();
        if ((at(PLUS) || at(MINUS)) && peek(1) == NUMBER) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            advance();
            Expr right = number();
            if (!(((Expr.Constant) right).value() instanceof ConstantValue.Complex)) {
                throw errorAt("imaginary number required in complex literal", right.start(), right.end());
            }
            Expr real = left instanceof Expr.UnaryOp u ? u.operand() : left;
            if (((Expr.Constant) real).value() instanceof ConstantValue.Complex) {
                throw errorAt("real number required in complex literal", left.start(), left.end());
            }
            return new Expr.BinOp(left, op, right, s, lastEnd);
        }
        return left;
    }

    Expr signedNumber() {
        int s = start[p];
        if (accept(MINUS)) {
            if (!at(NUMBER)) {
                throw error("invalid syntax");
            }
            Expr n = number();
            return new Expr.UnaryOp(UnaryOperator.USub, n, s, lastEnd);
        }
        if (!at(NUMBER)) {
            throw error("invalid syntax");
        }
        return number();
    }

    Pattern classPattern(Expr cls) {
        expect(LPAR);
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && peek(1) == EQUAL) {
                kwdAttrs.add(name[p]);
                advance();
                advance();
                kwdPatterns.add(pattern());
            } else {
                if (!kwdAttrs.isEmpty()) {
                    throw error("positional patterns follow keyword patterns");
                }
                patterns.add(pattern());
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.start(), lastEnd);
    }

    Pattern mappingPattern() {
        int s = start[p];
        advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                rest = expectName();
                accept(COMMA);
                break;
            }
            int ks = start[p];
            Expr key;
            switch (type[p]) {
                case NUMBER, MINUS -> key = signedNumberOrComplex();
                case STRING -> {
                    key = strings();
                    if (!(key instanceof Expr.Constant)) {
                        throw errorAt("patterns may only match literals and attribute lookups", key.start(), key.end());
                    }
                }
                case NONE -> {
                    advance();
                    key = new Expr.Constant(ConstantValue.None.INSTANCE, null, ks, lastEnd);
                }
                case TRUE -> {
                    advance();
                    key = new Expr.Constant(ConstantValue.Bool.TRUE, null, ks, lastEnd);
                }
                case FALSE -> {
                    advance();
                    key = new Expr.Constant(ConstantValue.Bool.FALSE, null, ks, lastEnd);
                }
                case NAME -> {
                    if (peek(1) != DOT) {
                        throw error("mapping pattern keys may only match literals and attribute lookups");
                    }
                    key = nameOrAttr();
                }
                default -> throw error("invalid syntax");
            }
            expectColon();
            keys.add(key);
            patterns.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(keys, patterns, rest, s, lastEnd);
    }
}
