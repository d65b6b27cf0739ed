package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.MatchCase;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.WithItem;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Recursive descent over Python 3.11's grammar (the PEG grammar's rules, CPython's precedence),
 * building the AST records: this class holds the module and statement rules; expressions and
 * patterns come from its superclasses. One instance reads one token stream; an f-string's
 * embedded expressions are read by child instances over their own token streams.
 *
 * <p>Errors are thrown as {@link SyntaxError} and caught at the top-level statement, which is
 * recorded as a diagnostic; parsing then resumes at the next top-level statement. Long
 * operator chains are built in loops, and nesting is bounded by {@link TokenCursor#MAX_DEPTH}.
 */
final class Parser extends PatternParser {
    private static final int MAX_ERRORS = 50;

    Parser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
        super(tok, lexer, charset, depth);
    }

    // ================================================================ module

    Mod.Module parseModule(List<Diagnostic> diagnostics) {
        List<Stmt> body = new ArrayList<>();
        int errors = 0;
        while (type[p] != END) {
            try {
                statement(body);
            } catch (SyntaxError e) {
                diagnostics.add(Diagnostic.error(e.code, e.getMessage(), e.start, e.end));
                if (++errors >= MAX_ERRORS) {
                    break;
                }
                recover();
            }
        }
        return errors == 0 ? new Mod.Module(body, List.of(), 0, src.length) : null;
    }

    /** Skips to the start of the next top-level statement. */
    private void recover() {
        while (type[p] != END) {
            int ty = type[p];
            p++;
            if (ty == INDENT) {
                indentLevel++;
            } else if (ty == DEDENT) {
                indentLevel--;
            } else if (ty == NEWLINE) {
                while (type[p] == INDENT || type[p] == DEDENT) {
                    indentLevel += type[p] == INDENT ? 1 : -1;
                    p++;
                }
                if (indentLevel <= 0) {
                    indentLevel = 0;
                    return;
                }
            }
        }
    }


    // ================================================================ statements

    private void statement(List<Stmt> out) {
        switch (type[p]) {
            case DEF, IF, CLASS, WITH, FOR, TRY, WHILE, AT, ASYNC -> out.add(compound());
            case NAME -> {
                if (name[p].equals("match")) {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                simpleStmts(out);
            }
            case INDENT -> throw error("unexpected indent");
            default -> simpleStmts(out);
        }
    }

    private Stmt compound() {
        enter();
        try {
            int s = start[p];
            return switch (type[p]) {
                case DEF -> funcDef(List.of(), s, false);
                case CLASS -> classDef(List.of(), s);
                case IF -> ifStmt();
                case WHILE -> whileStmt();
                case FOR -> forStmt(s, false);
                case WITH -> withStmt(s, false);
                case TRY -> tryStmt();
                case AT -> decorated();
                case ASYNC -> asyncStmt();
                default -> throw error("invalid syntax");
            };
        } finally {
            depth--;
        }
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (accept(SEMI)) {
                if (at(NEWLINE) || at(END)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (at(END)) {
            return;
        }
        if (!at(NEWLINE)) {
            throw error("invalid syntax");
        }
        advance();
    }

    private Stmt simpleStmt() {
        int s = start[p];
        switch (type[p]) {
            case PASS:
                advance();
                return new Stmt.Pass(s, lastEnd);
            case BREAK:
                advance();
                return new Stmt.Break(s, lastEnd);
            case CONTINUE:
                advance();
                return new Stmt.Continue(s, lastEnd);
            case RETURN: {
                advance();
                Expr v = startsExpression(true) ? starExpressions() : null;
                return new Stmt.Return(v, s, lastEnd);
            }
            case RAISE: {
                advance();
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(false)) {
                    exc = expression();
                    if (accept(FROM)) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(exc, cause, s, lastEnd);
            }
            case GLOBAL:
            case NONLOCAL: {
                boolean global = at(GLOBAL);
                advance();
                List<String> names = new ArrayList<>();
                names.add(expectName());
                while (accept(COMMA)) {
                    names.add(expectName());
                }
                return global ? new Stmt.Global(names, s, lastEnd) : new Stmt.Nonlocal(names, s, lastEnd);
            }
            case DEL:
                return delStmt();
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(test, msg, s, lastEnd);
            }
            case IMPORT:
                return importStmt();
            case FROM:
                return fromImport();
            default:
                return exprStmt();
        }
    }

    private Stmt exprStmt() {
        int s = start[p];
        int firstType = type[p];
        Expr first = at(YIELD) ? yieldExpr() : starExpressions();
        if (at(COLON)) {
            advance();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                String what = first instanceof Expr.Tuple ? "only single target (not tuple) can be annotated"
                        : first instanceof Expr.List ? "only single target (not list) can be annotated"
                        : "illegal target for annotation";
                throw errorAt(what, first.start(), first.end());
            }
            Expr annotation = expression();
            Expr value = null;
            if (accept(EQUAL)) {
                value = at(YIELD) ? yieldExpr() : starExpressions();
            }
            int simple = first instanceof Expr.Name && firstType != LPAR ? 1 : 0;
            return new Stmt.AnnAssign(toContext(first, ExprContext.Store), annotation, value, simple, s, lastEnd);
        }
        if (at(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept(EQUAL)) {
                targets.add(assignTarget(value));
                value = at(YIELD) ? yieldExpr() : starExpressions();
            }
            return new Stmt.Assign(targets, value, null, s, lastEnd);
        }
        Operator aug = augOperator(type[p]);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt("'" + describe(first) + "' is an illegal expression for augmented assignment",
                        first.start(), first.end());
            }
            advance();
            Expr value = at(YIELD) ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(toContext(first, ExprContext.Store), aug, value, s, lastEnd);
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && startsExpression(false)) {
            throw errorAt("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                    first.start(), first.end());
        }
        return new Stmt.Expr(first, s, lastEnd);
    }

    /** An assignment target in Store context, with CPython's hint when it is not assignable. */
    private Expr assignTarget(Expr e) {
        try {
            return toContext(e, ExprContext.Store);
        } catch (SyntaxError err) {
            if (err.getMessage().startsWith("cannot assign to ") && !(e instanceof Expr.Tuple || e instanceof Expr.List)) {
                throw new SyntaxError(err.code, err.getMessage() + " here. Maybe you meant '==' instead of '='?",
                        err.start, err.end);
            }
            throw err;
        }
    }

    private static Operator augOperator(int ty) {
        return switch (ty) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case AMPEREQUAL -> Operator.BitAnd;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt delStmt() {
        int s = start[p];
        advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsAtom()) {
                break;
            }
            targets.add(toContext(primary(), ExprContext.Del));
        } while (accept(COMMA));
        if (targets.isEmpty()) {
            throw error("invalid syntax");
        }
        return new Stmt.Delete(targets, s, lastEnd);
    }

    private Stmt importStmt() {
        int s = start[p];
        advance();
        List<Alias> names = new ArrayList<>();
        do {
            int ns = start[p];
            String dotted = dottedName();
            String as = accept(AS) ? expectName() : null;
            names.add(new Alias(dotted, as, ns, lastEnd));
        } while (accept(COMMA));
        return new Stmt.Import(names, s, lastEnd);
    }

    private String dottedName() {
        String first = expectName();
        if (!at(DOT)) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (accept(DOT)) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        int s = start[p];
        advance();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += at(DOT) ? 1 : 3;
            advance();
        }
        String module = null;
        if (!at(IMPORT)) {
            module = dottedName();
        }
        expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            int ns = start[p];
            advance();
            names.add(new Alias("*", null, ns, lastEnd));
        } else if (accept(LPAR)) {
            do {
                if (at(RPAR) && !names.isEmpty()) {
                    break;
                }
                names.add(importAlias());
            } while (accept(COMMA));
            expect(RPAR);
        } else {
            do {
                names.add(importAlias());
            } while (accept(COMMA) && checkNoTrailingComma());
        }
        return new Stmt.ImportFrom(module, names, level, s, lastEnd);
    }

    private boolean checkNoTrailingComma() {
        if (at(NEWLINE) || at(SEMI) || at(END)) {
            throw error("trailing comma not allowed without surrounding parentheses");
        }
        return true;
    }

    private Alias importAlias() {
        int ns = start[p];
        String n = expectName();
        String as = accept(AS) ? expectName() : null;
        return new Alias(n, as, ns, lastEnd);
    }

    // ---------------------------------------------------------------- compound statements

    private List<Stmt> block(String after, int keywordOffset) {
        if (at(NEWLINE)) {
            advance();
            if (!at(INDENT)) {
                throw error("expected an indented block after " + after + " on line " + lineOf(keywordOffset));
            }
            advance();
            List<Stmt> body = new ArrayList<>();
            while (!at(DEDENT) && !at(END)) {
                statement(body);
            }
            advance();
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    private Stmt decorated() {
        int s = start[p];
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        if (at(CLASS)) {
            return classDef(decorators, s);
        }
        if (at(DEF)) {
            return funcDef(decorators, s, false);
        }
        if (at(ASYNC) && peek(1) == DEF) {
            advance();
            return funcDef(decorators, s, true);
        }
        throw error("invalid syntax");
    }

    private Stmt asyncStmt() {
        int s = start[p];
        advance();
        return switch (type[p]) {
            case DEF -> funcDef(List.of(), s, true);
            case FOR -> forStmt(s, true);
            case WITH -> withStmt(s, true);
            default -> throw error("invalid syntax");
        };
    }

    private Stmt funcDef(List<Expr> decorators, int s, boolean async) {
        int kw = start[p];
        expect(DEF);
        String fname = expectName();
        expect(LPAR);
        Arguments args = parameters(false, RPAR);
        expect(RPAR);
        Expr returns = accept(RARROW) ? expression() : null;
        expectColon();
        List<Stmt> body = block("function definition", kw);
        return async ? new Stmt.AsyncFunctionDef(fname, args, body, decorators, returns, null, s, lastEnd)
                : new Stmt.FunctionDef(fname, args, body, decorators, returns, null, s, lastEnd);
    }

    private Stmt classDef(List<Expr> decorators, int s) {
        int kw = start[p];
        expect(CLASS);
        String cname = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (accept(LPAR)) {
            callArguments(bases, keywords, -1);
        }
        expectColon();
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(cname, bases, keywords, body, decorators, s, lastEnd);
    }

    private Stmt ifStmt() {
        int s = start[p];
        boolean elif = at(ELIF);
        advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block(elif ? "'elif' statement" : "'if' statement", s);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            enter();
            try {
                orelse = List.of(ifStmt());
            } finally {
                depth--;
            }
        } else if (at(ELSE)) {
            int e = start[p];
            advance();
            expectColon();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, s, lastEnd);
    }

    private Stmt whileStmt() {
        int s = start[p];
        advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, s, lastEnd);
    }

    private List<Stmt> elseBlock() {
        if (!at(ELSE)) {
            return List.of();
        }
        int e = start[p];
        advance();
        expectColon();
        return block("'else' statement", e);
    }

    private Stmt forStmt(int s, boolean async) {
        int kw = start[p];
        expect(FOR);
        Expr target = toContext(starTargets(), ExprContext.Store);
        expect(IN);
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = elseBlock();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, null, s, lastEnd)
                : new Stmt.For(target, iter, body, orelse, null, s, lastEnd);
    }

    private Stmt withStmt(int s, boolean async) {
        int kw = start[p];
        expect(WITH);
        List<WithItem> items = null;
        if (at(LPAR)) {
            int saveP = p;
            int saveEnd = lastEnd;
            int saveDepth = depth;
            int saveIndent = indentLevel;
            try {
                advance();
                List<WithItem> list = new ArrayList<>();
                do {
                    if (at(RPAR) && !list.isEmpty()) {
                        break;
                    }
                    list.add(withItem());
                } while (accept(COMMA));
                expect(RPAR);
                if (!at(COLON)) {
                    throw error("invalid syntax");
                }
                items = list;
            } catch (SyntaxError e) {
                p = saveP;
                lastEnd = saveEnd;
                depth = saveDepth;
                indentLevel = saveIndent;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", kw);
        return async ? new Stmt.AsyncWith(items, body, null, s, lastEnd) : new Stmt.With(items, body, null, s, lastEnd);
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (accept(AS)) {
            vars = toContext(starTarget(), ExprContext.Store);
            if (!at(COMMA) && !at(RPAR) && !at(COLON)) {
                throw error("invalid syntax");
            }
        }
        return new WithItem(e, vars, e.start(), lastEnd);
    }

    private Stmt tryStmt() {
        int s = start[p];
        advance();
        expectColon();
        List<Stmt> body = block("'try' statement", s);
        List<ExceptHandler> handlers = new ArrayList<>();
        int star = -1;
        while (at(EXCEPT)) {
            int hs = start[p];
            advance();
            boolean isStar = accept(STAR);
            if (star == -1) {
                star = isStar ? 1 : 0;
            } else if ((star == 1) != isStar) {
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", hs, lastEnd);
            }
            Expr etype = null;
            String ename = null;
            if (!at(COLON)) {
                etype = expression();
                if (at(COMMA)) {
                    throw errorAt("multiple exception types must be parenthesized", etype.start(), etype.end());
                }
                if (accept(AS)) {
                    ename = expectName();
                }
            } else if (isStar) {
                throw error("expected one or more exception types");
            }
            expectColon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", hs);
            handlers.add(new ExceptHandler(etype, ename, hbody, hs, lastEnd));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            int f = start[p];
            advance();
            expectColon();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error("expected 'except' or 'finally' block");
        }
        return star == 1 ? new Stmt.TryStar(body, handlers, orelse, finalbody, s, lastEnd)
                : new Stmt.Try(body, handlers, orelse, finalbody, s, lastEnd);
    }

    // ---------------------------------------------------------------- match

    private Stmt tryMatch() {
        int saveP = p;
        int saveEnd = lastEnd;
        int saveDepth = depth;
        int saveIndent = indentLevel;
        int s = start[p];
        Expr subject;
        try {
            advance();
            subject = subjectExpr();
            // a match statement is "match" subject ':' NEWLINE; anything else (match[a]: int = 1,
            // match(x), match = 1) is an ordinary statement about a name called match
            if (!at(COLON) || peek(1) != NEWLINE) {
                throw error("invalid syntax");
            }
        } catch (SyntaxError e) {
            p = saveP;
            lastEnd = saveEnd;
            depth = saveDepth;
            indentLevel = saveIndent;
            return null;
        }
        advance();
        enter();
        try {
            if (!at(NEWLINE)) {
                throw error("invalid syntax");
            }
            advance();
            if (!at(INDENT)) {
                throw error("expected an indented block after 'match' statement on line " + lineOf(s));
            }
            advance();
            List<MatchCase> cases = new ArrayList<>();
            while (atSoft("case")) {
                cases.add(caseBlock());
            }
            if (cases.isEmpty()) {
                throw error("invalid syntax");
            }
            if (!at(DEDENT) && !at(END)) {
                throw error("invalid syntax");
            }
            advance();
            return new Stmt.Match(subject, cases, s, lastEnd);
        } finally {
            depth--;
        }
    }

    private Expr subjectExpr() {
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw errorAt("invalid syntax", first.start(), first.end());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(COLON)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, first.start(), lastEnd);
    }

    private MatchCase caseBlock() {
        int s = start[p];
        advance();
        Pattern pattern = patterns();
        Expr guard = accept(IF) ? namedExpression() : null;
        expectColon();
        List<Stmt> body = block("'case' statement", s);
        return new MatchCase(pattern, guard, body, s, lastEnd);
    }
}
