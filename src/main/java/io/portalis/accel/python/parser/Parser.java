package io.portalis.accel.python.parser;

import static io.portalis.accel.python.parser.Tok.*;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.MatchCase;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.python.ast.WithItem;
import io.portalis.accel.python.lexer.LexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Recursive descent over Python 3.11's grammar (the PEG grammar's rules, CPython's precedence),
 * building the AST records. One instance reads one token stream; an f-string's embedded
 * expressions are read by child instances over their own token streams.
 *
 * <p>Errors are thrown as {@link SyntaxError} and caught at the top-level statement, which is
 * recorded as a diagnostic; parsing then resumes at the next top-level statement. Long
 * operator chains are built in loops, and nesting is bounded by {@link #MAX_DEPTH}.
 */
final class Parser {
    /** Deepest expression nesting accepted (CPython itself fails near this depth). */
    static final int MAX_DEPTH = 2000;
    private static final int MAX_ERRORS = 50;

    private final Tok tok;
    private final int[] type;
    private final int[] start;
    private final int[] end;
    private final String[] name;
    private final byte[] src;
    private final int shift;
    private final Function<byte[], LexResult> lexer;
    private final java.nio.charset.Charset charset;
    private int p;
    private int lastEnd;
    private int depth;
    private int indentLevel;

    Parser(Tok tok, Function<byte[], LexResult> lexer, java.nio.charset.Charset charset, int depth) {
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

    // ================================================================ token helpers

    private void advance() {
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

    private boolean at(int ty) {
        return type[p] == ty;
    }

    private int peek(int k) {
        return type[Math.min(p + k, tok.n - 1)];
    }

    private boolean accept(int ty) {
        if (type[p] == ty) {
            advance();
            return true;
        }
        return false;
    }

    private void expect(int ty) {
        if (type[p] != ty) {
            throw error(ty == COLON ? "expected ':'" : "invalid syntax");
        }
        advance();
    }

    private void expectColon() {
        expect(COLON);
    }

    private String expectName() {
        if (type[p] != NAME) {
            throw error("invalid syntax");
        }
        String s = name[p];
        advance();
        return s;
    }

    private boolean atSoft(String word) {
        return type[p] == NAME && name[p].equals(word);
    }

    private SyntaxError error(String message) {
        int ty = type[p];
        if (ty == INDENT) {
            return new SyntaxError("E-SYNTAX", "unexpected indent", start[p], end[p]);
        }
        if (ty == ERROR) {
            return new SyntaxError("E-SYNTAX", "invalid token", start[p], end[p]);
        }
        return new SyntaxError("E-SYNTAX", message, start[p], end[p]);
    }

    private static SyntaxError errorAt(String message, int s, int e) {
        return new SyntaxError("E-SYNTAX", message, s, e);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("E-NESTING", "too many nested expressions and blocks (more than " + MAX_DEPTH + ")",
                    start[p], end[p]);
        }
    }

    private void chain(int links) {
        if (depth + links > MAX_DEPTH) {
            throw new SyntaxError("E-NESTING", "expression nested too deeply (more than " + MAX_DEPTH + " levels)",
                    start[p], end[p]);
        }
    }

    private int lineOf(int offset) {
        int raw = Math.min(offset - shift, src.length);
        int line = 1;
        for (int i = 0; i < raw; i++) {
            if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= src.length || src[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
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

    private Pattern patterns() {
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

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            String n = expectName();
            return new Pattern.MatchStar(n.equals("_") ? null : n, s, lastEnd);
        }
        return pattern();
    }

    private Pattern pattern() {
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

    private Pattern orPattern() {
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

    private Pattern closedPattern() {
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

    private Expr nameOrAttr() {
        int s = start[p];
        Expr e = new Expr.Name(expectName(), ExprContext.Load, s, lastEnd);
        while (accept(DOT)) {
            String attr = expectName();
            e = new Expr.Attribute(e, attr, ExprContext.Load, s, lastEnd);
        }
        return e;
    }

    private Expr signedNumberOrComplex() {
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

    private Expr signedNumber() {
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

    private Pattern classPattern(Expr cls) {
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

    private Pattern mappingPattern() {
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

    // ================================================================ targets

    /** star_targets: targets (not yet in Store context) up to {@code in} / {@code =}; a tuple when commas. */
    private Expr starTargets() {
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

    private Expr starTarget() {
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
    private Expr toContext(Expr e, ExprContext ctx) {
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

    private List<Expr> mapContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(toContext(x, ctx));
        }
        return out;
    }

    private static String describe(Expr e) {
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

    private boolean startsAtom() {
        return switch (type[p]) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    private boolean startsExpression(boolean star) {
        return switch (type[p]) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS, MINUS, PLUS, TILDE, NOT, LAMBDA,
                 AWAIT -> true;
            case STAR -> star;
            default -> false;
        };
    }

    private Expr yieldExpr() {
        int s = start[p];
        advance();
        if (accept(FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(v, s, lastEnd);
        }
        Expr v = startsExpression(true) ? starExpressions() : null;
        return new Expr.Yield(v, s, lastEnd);
    }

    private Expr starExpressions() {
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

    private Expr starExpression() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at(STAR)) {
            int s = start[p];
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, s, lastEnd);
        }
        return namedExpression();
    }

    private Expr namedExpression() {
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

    private Expr expression() {
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

    private Expr lambda() {
        int s = start[p];
        advance();
        Arguments args = parameters(true, COLON);
        expectColon();
        Expr body = expression();
        return new Expr.Lambda(args, body, s, lastEnd);
    }

    private Expr disjunction() {
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

    private Expr conjunction() {
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

    private Expr inversion() {
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

    private Expr comparison() {
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
    private CmpOp compareOp() {
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

    private static int binaryPrecedence(int ty) {
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

    private static Operator binaryOperator(int ty) {
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
    private Expr bitwiseOr() {
        return climb(factor(), 0);
    }

    private Expr climb(Expr left, int minPrecedence) {
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

    private Expr factor() {
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
    private Expr power() {
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

    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            int s = start[p];
            advance();
            Expr v = primary();
            return new Expr.Await(v, s, lastEnd);
        }
        return primary();
    }

    private Expr primary() {
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
    private void callArguments(List<Expr> args, List<Keyword> keywords, int lpar) {
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

    private Expr slices() {
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

    private Expr sliceItem() {
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

    private Expr atom() {
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

    private Expr number() {
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

    private Expr parenthesized() {
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

    private Expr listDisplay() {
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

    private Expr braceDisplay() {
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

    private Expr dictRest(int s, List<Expr> keys, List<Expr> values) {
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

    private List<Comprehension> forIfClauses() {
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

    private Arguments parameters(boolean lambda, int closer) {
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

    private Arg param(boolean lambda, boolean starAnnotation) {
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
    private Expr strings() {
        int first = p;
        while (at(STRING)) {
            advance();
        }
        return new StringConcatenation(tok, lexer, charset, depth).read(first, p - 1);
    }
}
