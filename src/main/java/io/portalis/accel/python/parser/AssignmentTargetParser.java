package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Assignment targets: {@code star_targets} as read before {@code =} or {@code in}, the same tree
 * given Store or Del context (an error naming what cannot be assigned to or deleted), and the
 * names CPython's messages give each kind of expression. The lowest layer of the expression
 * grammar, whose classes build on each other up to {@link ExpressionParser}.
 */
abstract class AssignmentTargetParser extends TokenCursor {
    AssignmentTargetParser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    /** primary: an atom followed by attributes, calls and subscripts ({@link PrimaryParser}). */
    abstract Expr primary();

    /** Whether the current token can begin an atom ({@link AtomParser}). */
    abstract boolean startsAtom();

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
}
