package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Python 3.11 expressions with CPython's precedence (lambda, conditional, boolean, comparison,
 * the binary levels by precedence climbing, unary, power, await, primaries, atoms, displays and
 * comprehensions), assignment targets and their Store/Del contexts, and parameter lists. Long
 * operator chains are built in loops; deeper nesting than {@link TokenCursor#MAX_DEPTH} is a
 * diagnostic.
 */
abstract class ExpressionParser extends TokenCursor {
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

    // ================================================================ targets

    /** star_targets: targets (not yet in Store context) up to {@code in} / {@code =}; a tuple when commas. */
    Expr starTargets() {
        Expr first = starTarget();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsAtom() && !at(STAR)) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Load, first.start(), lastEnd);
    }

    Expr starTarget() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            enter();
            try {
                Expr v = starTarget();
                return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
            } finally {
                depth--;
            }
        }
        return primary();
    }

    /** The same tree with Store or Del context on the assignable nodes; an error for anything else. */
    Expr toContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.start(), n.end());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.start(), a.end());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.start(), s.end());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(mapContext(t.elts(), ctx), ctx, t.start(), t.end());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(mapContext(l.elts(), ctx), ctx, l.start(), l.end());
        }
        if (e instanceof Expr.Starred s && ctx == ExprContext.Store) {
            return new Expr.Starred(toContext(s.value(), ctx), ctx, s.start(), s.end());
        }
        String verb = ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ";
        throw errorAt(verb + describe(e), e.start(), e.end());
    }

    List<Expr> mapContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(toContext(x, ctx));
        }
        return out;
    }

    static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v instanceof ConstantValue.None) {
                return "None";
            }
            if (v instanceof ConstantValue.Bool b) {
                return b.value() ? "True" : "False";
            }
            if (v instanceof ConstantValue.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.Await) {
            return "await expression";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Expr.Dict) {
            return "dict literal";
        }
        if (e instanceof Expr.Set) {
            return "set display";
        }
        if (e instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (e instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Attribute) {
            return "attribute";
        }
        if (e instanceof Expr.Subscript) {
            return "subscript";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.List) {
            return "list";
        }
        return "expression";
    }

    // ================================================================ expressions

    boolean startsAtom() {
        return switch (type[p]) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

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

    // ================================================================ strings

    /** STRING+: adjacent literals concatenated as CPython does (plain, bytes and f-strings). */
    Expr strings() {
        int first = p;
        while (at(STRING)) {
            advance();
        }
        return new StringConcatenation(tok, lexer, charset, depth).read(first, p - 1);
    }
}
