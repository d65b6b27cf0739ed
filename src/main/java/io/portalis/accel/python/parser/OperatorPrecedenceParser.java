package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Expressions by CPython's precedence, from {@code star_expressions} and {@code yield} down to
 * {@code await_primary}: named expressions, lambda, the conditional, {@code or}/{@code and}/{@code not},
 * comparison chains, the binary levels from {@code |} to {@code *} by precedence climbing (all
 * left-associative), unary prefixes and the right-associative power. Long chains are built in
 * loops, each link counted against {@link TokenCursor#MAX_DEPTH}.
 */
abstract class OperatorPrecedenceParser extends AssignmentTargetParser {
    OperatorPrecedenceParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    /** A parameter list up to {@code closer} ({@link ExpressionParser}). */
    abstract Arguments parameters(boolean lambda, int closer);

    boolean startsExpression(boolean star) {
        return switch (type[p]) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS, MINUS, PLUS, TILDE, NOT, LAMBDA,
                 AWAIT -> true;
            case STAR -> star;
            default -> false;
        };
    }

    Expr yieldExpr() {
        int s = start[p];
        advance();
        if (accept(FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(v, s, lastEnd);
        }
        Expr v = startsExpression(true) ? starExpressions() : null;
        return new Expr.Yield(v, s, lastEnd);
    }

    Expr starExpressions() {
        Expr first = starExpression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(true)) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, first.start(), lastEnd);
    }

    Expr starExpression() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (at(NAME) && peek(1) == COLONEQUAL) {
            int s = start[p];
            String id = name[p];
            advance();
            Expr target = new Expr.Name(id, ExprContext.Store, s, lastEnd);
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(target, value, s, lastEnd);
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt("cannot use assignment expressions with " + describe(e), e.start(), e.end());
        }
        return e;
    }

    Expr expression() {
        enter();
        try {
            if (at(LAMBDA)) {
                return lambda();
            }
            Expr body = disjunction();
            if (!at(IF)) {
                return body;
            }
            advance();
            Expr test = disjunction();
            if (!at(ELSE)) {
                throw error("expected 'else' after 'if' expression");
            }
            advance();
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, body.start(), lastEnd);
        } finally {
            depth--;
        }
    }

    Expr lambda() {
        int s = start[p];
        advance();
        Arguments args = parameters(true, COLON);
        expectColon();
        Expr body = expression();
        return new Expr.Lambda(args, body, s, lastEnd);
    }

    Expr disjunction() {
        Expr first = conjunction();
        if (!at(OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(OR)) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOperator.Or, values, first.start(), lastEnd);
    }

    Expr conjunction() {
        Expr first = inversion();
        if (!at(AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOperator.And, values, first.start(), lastEnd);
    }

    Expr inversion() {
        if (!at(NOT)) {
            return comparison();
        }
        int count = 0;
        int[] starts = new int[4];
        while (at(NOT)) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start[p];
            advance();
            chain(count);
        }
        Expr e = comparison();
        for (int i = count - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(UnaryOperator.Not, e, starts[i], e.end());
        }
        return e;
    }

    Expr comparison() {
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, ops, comparators, left.start(), lastEnd);
    }

    /** Consumes and returns a comparison operator, or returns null and consumes nothing. */
    CmpOp compareOp() {
        CmpOp op = switch (type[p]) {
            case EQEQUAL -> CmpOp.Eq;
            case NOTEQUAL -> CmpOp.NotEq;
            case LESS -> CmpOp.Lt;
            case LESSEQUAL -> CmpOp.LtE;
            case GREATER -> CmpOp.Gt;
            case GREATEREQUAL -> CmpOp.GtE;
            case IN -> CmpOp.In;
            case IS -> peek(1) == NOT ? CmpOp.IsNot : CmpOp.Is;
            case NOT -> peek(1) == IN ? CmpOp.NotIn : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        advance();
        if (op == CmpOp.IsNot || op == CmpOp.NotIn) {
            advance();
        }
        return op;
    }

    static int binaryPrecedence(int ty) {
        return switch (ty) {
            case VBAR -> 0;
            case CIRCUMFLEX -> 1;
            case AMPER -> 2;
            case LEFTSHIFT, RIGHTSHIFT -> 3;
            case PLUS, MINUS -> 4;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 5;
            default -> -1;
        };
    }

    static Operator binaryOperator(int ty) {
        return switch (ty) {
            case VBAR -> Operator.BitOr;
            case CIRCUMFLEX -> Operator.BitXor;
            case AMPER -> Operator.BitAnd;
            case LEFTSHIFT -> Operator.LShift;
            case RIGHTSHIFT -> Operator.RShift;
            case PLUS -> Operator.Add;
            case MINUS -> Operator.Sub;
            case STAR -> Operator.Mult;
            case SLASH -> Operator.Div;
            case DOUBLESLASH -> Operator.FloorDiv;
            case PERCENT -> Operator.Mod;
            case AT -> Operator.MatMult;
            default -> throw new IllegalStateException("not a binary operator: " + ty);
        };
    }

    /** bitwise_or and everything below it down to term, by precedence climbing (all left-associative). */
    Expr bitwiseOr() {
        return climb(factor(), 0);
    }

    Expr climb(Expr left, int minPrecedence) {
        int links = 0;
        while (true) {
            int prec = binaryPrecedence(type[p]);
            if (prec < minPrecedence) {
                return left;
            }
            Operator op = binaryOperator(type[p]);
            advance();
            Expr right = factor();
            while (binaryPrecedence(type[p]) > prec) {
                right = climb(right, prec + 1);
            }
            left = new Expr.BinOp(left, op, right, left.start(), right.end());
            chain(++links);
        }
    }

    Expr factor() {
        int ty = type[p];
        if (ty != PLUS && ty != MINUS && ty != TILDE) {
            return power();
        }
        int count = 0;
        int[] starts = new int[4];
        UnaryOperator[] ops = new UnaryOperator[4];
        while (true) {
            ty = type[p];
            UnaryOperator op = ty == PLUS ? UnaryOperator.UAdd : ty == MINUS ? UnaryOperator.USub
                    : ty == TILDE ? UnaryOperator.Invert : null;
            if (op == null) {
                break;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ops = java.util.Arrays.copyOf(ops, count * 2);
            }
            starts[count] = start[p];
            ops[count++] = op;
            advance();
            chain(count);
        }
        Expr e = power();
        for (int i = count - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(ops[i], e, starts[i], e.end());
        }
        return e;
    }

    /** power: await_primary ('**' factor)?, with the right-nested chain built in a loop. */
    Expr power() {
        Expr base = awaitPrimary();
        if (!at(DOUBLESTAR)) {
            return base;
        }
        // a ** -b ** c is a ** (-(b ** c)): operand i (i >= 1) carries the unary prefix written before it,
        // which applies to operand i raised to everything on its right
        List<Expr> operands = new ArrayList<>();
        List<int[]> prefixStarts = new ArrayList<>();
        List<UnaryOperator[]> prefixOps = new ArrayList<>();
        operands.add(base);
        prefixStarts.add(new int[0]);
        prefixOps.add(new UnaryOperator[0]);
        int links = 0;
        while (accept(DOUBLESTAR)) {
            List<Integer> st = new ArrayList<>();
            List<UnaryOperator> op = new ArrayList<>();
            while (true) {
                int ty = type[p];
                UnaryOperator u = ty == PLUS ? UnaryOperator.UAdd : ty == MINUS ? UnaryOperator.USub
                        : ty == TILDE ? UnaryOperator.Invert : null;
                if (u == null) {
                    break;
                }
                st.add(start[p]);
                op.add(u);
                advance();
                chain(++links);
            }
            operands.add(awaitPrimary());
            prefixStarts.add(st.stream().mapToInt(Integer::intValue).toArray());
            prefixOps.add(op.toArray(new UnaryOperator[0]));
            chain(++links);
        }
        int last = operands.size() - 1;
        Expr acc = operands.get(last);
        for (int i = last; i >= 1; i--) {
            if (i < last) {
                acc = new Expr.BinOp(operands.get(i), Operator.Pow, acc, operands.get(i).start(), acc.end());
            }
            int[] ps = prefixStarts.get(i);
            UnaryOperator[] po = prefixOps.get(i);
            for (int k = po.length - 1; k >= 0; k--) {
                acc = new Expr.UnaryOp(po[k], acc, ps[k], acc.end());
            }
        }
        return new Expr.BinOp(base, Operator.Pow, acc, base.start(), acc.end());
    }

    Expr awaitPrimary() {
        if (at(AWAIT)) {
            int s = start[p];
            advance();
            Expr v = primary();
            return new Expr.Await(v, s, lastEnd);
        }
        return primary();
    }
}
