package io.portalis.accel.python.parser;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.lexer.LexResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a run of adjacent string tokens into one expression exactly as CPython 3.11 does: plain
 * strings and bytes decoded and joined into a {@code Constant}; once an f-string takes part, a
 * {@code JoinedStr} of {@code Constant} and {@code FormattedValue} parts, with conversions, the
 * {@code =} debugging specifier and nested format specs. An embedded expression is lexed on its
 * own as {@code (expr)} and read by a child {@link Parser}.
 */
final class StringConcatenation {
    private final int[] start;
    private final int[] end;
    private final byte[] src;
    private final int shift;
    private final Function<byte[], LexResult> lexer;
    private final Charset charset;
    private final int depth;
    /** Reused: where escapes produced surrogates in the string just decoded. */
    private final IntBag surrogates = new IntBag();

    StringConcatenation(Tok tok, Function<byte[], LexResult> lexer, Charset charset, int depth) {
        this.start = tok.start;
        this.end = tok.end;
        this.src = tok.src;
        this.shift = tok.shift;
        this.lexer = lexer;
        this.charset = charset;
        this.depth = depth;
    }

    private static SyntaxError errorAt(String message, int s, int e) {
        return new SyntaxError("E-SYNTAX", message, s, e);
    }

    /** The value of the STRING tokens {@code first..last} (indices into the token stream), concatenated. */
    Expr read(int first, int last) {
        int s = start[first];
        int e = end[last];
        String kind = src[start[first] - shift] == 'u' ? "u" : null;
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        FState state = new FState();
        for (int i = first; i <= last; i++) {
            int rs = start[i] - shift;
            int re = end[i] - shift;
            Literals.StringToken st = Literals.split(src, rs, re);
            if (i != first && st.bytes() != bytesMode) {
                throw errorAt("cannot mix bytes and nonbytes literals", s, e);
            }
            bytesMode = st.bytes();
            if (st.fstring()) {
                state.fmode = true;
                fstring(st.bodyStart(), st.bodyEnd(), st.raw(), 0, state, kind, s, e);
            } else if (bytesMode) {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                try {
                    bytes.writeBytes(Literals.decodeBytes(src, st.bodyStart(), st.bodyEnd(), st.raw()));
                } catch (SyntaxError err) {
                    throw errorAt(err.getMessage(), err.start + shift, err.end + shift);
                }
            } else {
                String text = decodeStr(st.bodyStart(), st.bodyEnd(), st.raw());
                state.concat(text, surrogates);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new ConstantValue.Bytes(bytes.toByteArray()), null, s, e);
        }
        if (!state.fmode) {
            return new Expr.Constant(state.lastValue(), kind, s, e);
        }
        return state.finish(kind, s, e);
    }

    /** The pieces of a string concatenation or format spec being assembled, as CPython's FstringParser. */
    private static final class FState {
        StringBuilder last;
        /** Indices into {@code last} of surrogates that are code points of their own; null when none. */
        IntBag lastSurrogates;
        final List<Expr> values = new ArrayList<>();
        boolean fmode;

        void concat(String s, IntBag surrogates) {
            if (s.isEmpty()) {
                return;
            }
            int base = 0;
            if (last == null) {
                last = new StringBuilder(s);
            } else {
                base = last.length();
                last.append(s);
            }
            if (surrogates != null && surrogates.size() > 0) {
                if (lastSurrogates == null) {
                    lastSurrogates = new IntBag();
                }
                for (int i = 0; i < surrogates.size(); i++) {
                    lastSurrogates.add(base + surrogates.get(i));
                }
            }
        }

        ConstantValue.Str lastValue() {
            if (last == null) {
                return new ConstantValue.Str("");
            }
            String text = last.toString();
            if (lastSurrogates == null) {
                return new ConstantValue.Str(text);
            }
            int[] cps = new int[text.length()];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        && !lastSurrogates.contains(i) && !lastSurrogates.contains(i + 1)) {
                    cps[n++] = Character.toCodePoint(c, text.charAt(i + 1));
                    i++;
                } else {
                    cps[n++] = c;
                }
            }
            return new ConstantValue.Str(text, java.util.Arrays.copyOf(cps, n));
        }

        void flush(String kind, int s, int e) {
            if (last != null) {
                values.add(new Expr.Constant(lastValue(), kind, s, e));
                last = null;
                lastSurrogates = null;
            }
        }

        Expr finish(String kind, int s, int e) {
            flush(kind, s, e);
            return new Expr.JoinedStr(values, s, e);
        }
    }

    /**
     * Reads an f-string body (raw offsets {@code [pos, to)}) at nesting level {@code level} (0: the
     * string itself, 1: a format spec) into {@code state}; returns where it stopped.
     */
    private int fstring(int pos, int to, boolean raw, int level, FState state, String kind, int s, int e) {
        while (true) {
            int litStart = pos;
            int litEnd;
            boolean doubled = false;
            while (true) {
                if (pos >= to) {
                    litEnd = pos;
                    break;
                }
                int ch = src[pos++] & 0xff;
                if (!raw && ch == '\\' && pos < to) {
                    ch = src[pos++] & 0xff;
                    if (ch == 'N') {
                        if (pos < to && src[pos++] == '{') {
                            while (pos < to && src[pos++] != '}') {
                                // skip the character name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (pos < to && (src[pos] & 0xff) == ch) {
                            litEnd = pos;
                            pos++;
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            throw errorAt("f-string: single '}' is not allowed", s, e);
                        }
                    }
                    pos--;
                    litEnd = pos;
                    break;
                }
            }
            if (litEnd > litStart) {
                String text = decodeStr(litStart, litEnd, raw);
                state.concat(text, surrogates);
            }
            if (doubled) {
                continue;
            }
            if (pos >= to || src[pos] == '}') {
                break;
            }
            pos = replacementField(pos, to, raw, level, state, kind, s, e);
        }
        if (level != 0 && (pos >= to || src[pos] != '}')) {
            throw errorAt("f-string: expecting '}'", s, e);
        }
        return pos;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** One {@code {expr[=][!c][:spec]}} field starting at the brace at {@code pos}; returns the offset after it. */
    private int replacementField(int pos, int to, boolean raw, int level, FState state, String kind, int s, int e) {
        if (level >= 2) {
            throw errorAt("f-string: expressions nested too deeply", s, e);
        }
        pos++;
        int exprStart = pos;
        int quote = 0;
        boolean triple = false;
        char[] parens = new char[200];
        int nested = 0;
        for (; pos < to; pos++) {
            int ch = src[pos] & 0xff;
            if (ch == '\\') {
                throw errorAt("f-string expression part cannot include a backslash", s, e);
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (triple) {
                        if (pos + 2 < to && src[pos + 1] == ch && src[pos + 2] == ch) {
                            pos += 2;
                            quote = 0;
                            triple = false;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < to && src[pos + 1] == ch && src[pos + 2] == ch) {
                    triple = true;
                    pos += 2;
                } else {
                    triple = false;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nested >= parens.length) {
                    throw errorAt("f-string: too many nested parenthesis", s, e);
                }
                parens[nested++] = (char) ch;
            } else if (ch == '#') {
                throw errorAt("f-string expression part cannot include '#'", s, e);
            } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < to) {
                    int next = src[pos + 1] & 0xff;
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                            || (ch == '>' && next == '=')) {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nested == 0) {
                    throw errorAt("f-string: unmatched '" + (char) ch + "'", s, e);
                }
                char opening = parens[--nested];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw errorAt("f-string: closing parenthesis '" + (char) ch + "' does not match opening parenthesis '"
                            + opening + "'", s, e);
                }
            }
        }
        int exprEnd = pos;
        if (quote != 0) {
            throw errorAt("f-string: unterminated string", s, e);
        }
        if (nested > 0) {
            throw errorAt("f-string: unmatched '" + parens[nested - 1] + "'", s, e);
        }
        if (pos >= to) {
            throw errorAt("f-string: expecting '}'", s, e);
        }
        Expr value = embeddedExpression(exprStart, exprEnd, s, e);
        String exprText = null;
        if (src[pos] == '=') {
            pos++;
            while (pos < to && isSpace(src[pos] & 0xff)) {
                pos++;
            }
            if (pos >= to) {
                throw errorAt("f-string: expecting '}'", s, e);
            }
            exprText = Literals.decodeStr(src, exprStart, pos, true, charset, null);
        }
        int conversion = -1;
        if (src[pos] == '!') {
            pos++;
            if (pos >= to) {
                throw errorAt("f-string: expecting '}'", s, e);
            }
            conversion = src[pos] & 0xff;
            pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw errorAt("f-string: invalid conversion character: expected 's', 'r', or 'a'", s, e);
            }
        }
        Expr spec = null;
        if (pos < to && src[pos] == ':') {
            pos++;
            if (pos >= to) {
                throw errorAt("f-string: expecting '}'", s, e);
            }
            FState specState = new FState();
            specState.fmode = true;
            pos = fstring(pos, to, raw, level + 1, specState, kind, s, e);
            spec = specState.finish(kind, s, e);
        }
        if (pos >= to || src[pos] != '}') {
            throw errorAt("f-string: expecting '}'", s, e);
        }
        pos++;
        if (exprText != null) {
            state.concat(exprText, null);
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        state.flush(kind, s, e);
        state.values.add(new Expr.FormattedValue(value, conversion, spec, s, e));
        return pos;
    }

    /** Parses {@code (expr)} for the raw source range {@code [from, to)} of a replacement field. */
    private Expr embeddedExpression(int from, int to, int s, int e) {
        boolean blank = true;
        for (int i = from; i < to; i++) {
            if (!isSpace(src[i] & 0xff)) {
                blank = false;
                break;
            }
        }
        if (blank) {
            throw errorAt("f-string: empty expression not allowed", s, e);
        }
        byte[] wrapped = new byte[to - from + 2];
        wrapped[0] = '(';
        System.arraycopy(src, from, wrapped, 1, to - from);
        wrapped[wrapped.length - 1] = ')';
        LexResult lexed = lexer.apply(wrapped);
        int subShift = shift + from - 1;
        if (!lexed.ok()) {
            Diagnostic d = lexed.diagnostics().get(0);
            int at = Math.max(s, Math.min(e, d.start() + subShift));
            throw errorAt("f-string: " + d.message(), at, at);
        }
        Tok sub = new Tok(wrapped, lexed.tokens(), subShift, charset);
        try {
            return new Parser(sub, lexer, charset, depth).parseFStringExpression();
        } catch (SyntaxError err) {
            String msg = err.getMessage().startsWith("f-string") ? err.getMessage() : "f-string: " + err.getMessage();
            throw new SyntaxError(err.code, msg, Math.max(s, Math.min(err.start, e)), Math.max(s, Math.min(err.end, e)));
        }
    }

    /** Literals.decodeStr with its error offsets moved into this stream's coordinates. */
    private String decodeStr(int from, int to, boolean raw) {
        surrogates.clear();
        try {
            return Literals.decodeStr(src, from, to, raw, charset, surrogates);
        } catch (SyntaxError err) {
            throw errorAt(err.getMessage(), err.start + shift, err.end + shift);
        }
    }
}
