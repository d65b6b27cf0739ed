package io.portalis.accel.python.parser;

import io.portalis.accel.python.lexer.Token;
import io.portalis.accel.python.lexer.TokenKind;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The token stream as the parser reads it: comments and non-logical line ends dropped, each
 * token classified once into an int code (operator, keyword, or kind), names decoded (NFKC
 * normalized when not ASCII, as CPython does).
 */
final class Tok {
    // kinds
    static final int NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6, END = 7, ERROR = 8;
    // operators
    static final int LPAR = 10, RPAR = 11, LSQB = 12, RSQB = 13, LBRACE = 14, RBRACE = 15, COLON = 16, COMMA = 17,
            SEMI = 18, PLUS = 19, MINUS = 20, STAR = 21, SLASH = 22, VBAR = 23, AMPER = 24, LESS = 25, GREATER = 26,
            EQUAL = 27, DOT = 28, PERCENT = 29, EQEQUAL = 30, NOTEQUAL = 31, LESSEQUAL = 32, GREATEREQUAL = 33,
            TILDE = 34, CIRCUMFLEX = 35, LEFTSHIFT = 36, RIGHTSHIFT = 37, DOUBLESTAR = 38, PLUSEQUAL = 39,
            MINEQUAL = 40, STAREQUAL = 41, SLASHEQUAL = 42, PERCENTEQUAL = 43, AMPEREQUAL = 44, VBAREQUAL = 45,
            CIRCUMFLEXEQUAL = 46, LEFTSHIFTEQUAL = 47, RIGHTSHIFTEQUAL = 48, DOUBLESTAREQUAL = 49, DOUBLESLASH = 50,
            DOUBLESLASHEQUAL = 51, AT = 52, ATEQUAL = 53, RARROW = 54, ELLIPSIS = 55, COLONEQUAL = 56, EXCLAMATION = 57,
            OTHER_OP = 58;
    // keywords
    static final int FALSE = 60, NONE = 61, TRUE = 62, AND = 63, AS = 64, ASSERT = 65, ASYNC = 66, AWAIT = 67,
            BREAK = 68, CLASS = 69, CONTINUE = 70, DEF = 71, DEL = 72, ELIF = 73, ELSE = 74, EXCEPT = 75, FINALLY = 76,
            FOR = 77, FROM = 78, GLOBAL = 79, IF = 80, IMPORT = 81, IN = 82, IS = 83, LAMBDA = 84, NONLOCAL = 85,
            NOT = 86, OR = 87, PASS = 88, RAISE = 89, RETURN = 90, TRY = 91, WHILE = 92, WITH = 93, YIELD = 94;

    private static final Map<String, Integer> OPS = new HashMap<>();
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();

    static {
        String[] ops = {"(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".",
            "%", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!"};
        for (int i = 0; i < ops.length; i++) {
            OPS.put(ops[i], LPAR + i);
        }
        OPS.put("<>", OTHER_OP);
        String[] kws = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
        for (int i = 0; i < kws.length; i++) {
            KEYWORDS.put(kws[i], FALSE + i);
        }
    }

    final byte[] src;
    final int n;
    final int[] type;
    final int[] start;
    final int[] end;
    /** The identifier of NAME tokens (and the keyword text of keywords); null elsewhere. */
    final String[] name;
    /** Added to every source offset to give the offsets this stream reports (non-zero for an f-string's embedded expression). */
    final int shift;

    Tok(byte[] src, List<Token> tokens, int shift, java.nio.charset.Charset charset) {
        this.src = src;
        this.shift = shift;
        int size = tokens.size();
        NameTable names = new NameTable();
        type = new int[size + 1];
        start = new int[size + 1];
        end = new int[size + 1];
        name = new String[size + 1];
        int k = 0;
        for (Token t : tokens) {
            TokenKind kind = t.kind();
            if (kind == TokenKind.COMMENT || kind == TokenKind.NL) {
                continue;
            }
            start[k] = t.start() + shift;
            end[k] = t.end() + shift;
            switch (kind) {
                case NAME -> {
                    int from = t.start();
                    int len = t.end() - from;
                    String s;
                    Integer kw = null;
                    if (isAscii(src, from, t.end())) {
                        s = names.get(src, from, len);
                        // keywords are recognised on the source text, before NFKC normalization
                        if (len >= 2 && len <= 8) {
                            kw = KEYWORDS.get(s);
                        }
                    } else {
                        s = Normalizer.normalize(new String(src, from, len, charset), Normalizer.Form.NFKC);
                    }
                    type[k] = kw == null ? NAME : kw;
                    name[k] = s;
                }
                case NUMBER -> type[k] = NUMBER;
                case STRING -> type[k] = STRING;
                case OP -> type[k] = operator(src, t.start(), t.end());
                case NEWLINE -> type[k] = NEWLINE;
                case INDENT -> type[k] = INDENT;
                case DEDENT -> type[k] = DEDENT;
                case ENDMARKER -> type[k] = END;
                default -> type[k] = ERROR;
            }
            k++;
        }
        // a guard ENDMARKER so that lookahead past the end is always safe
        int count = k;
        int last = count == 0 ? 0 : end[count - 1];
        type[count] = END;
        start[count] = last;
        end[count] = last;
        n = count + 1;
    }

    private static boolean isAscii(byte[] src, int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One String per distinct ASCII identifier of a file, so that the thousands of {@code self}
     * and {@code None} in a module share one object instead of each allocating its own.
     */
    private static final class NameTable {
        private String[] slots = new String[256];
        private int size;

        String get(byte[] src, int from, int len) {
            int h = 0;
            for (int i = from; i < from + len; i++) {
                h = 31 * h + src[i];
            }
            int mask = slots.length - 1;
            int i = (h ^ (h >>> 16)) & mask;
            while (true) {
                String s = slots[i];
                if (s == null) {
                    s = new String(src, from, len, StandardCharsets.ISO_8859_1);
                    slots[i] = s;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return s;
                }
                if (s.length() == len && sameBytes(s, src, from, len)) {
                    return s;
                }
                i = (i + 1) & mask;
            }
        }

        private static boolean sameBytes(String s, byte[] src, int from, int len) {
            for (int k = 0; k < len; k++) {
                if (s.charAt(k) != src[from + k]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            String[] old = slots;
            slots = new String[old.length * 2];
            int mask = slots.length - 1;
            for (String s : old) {
                if (s != null) {
                    int h = s.hashCode();
                    int i = (h ^ (h >>> 16)) & mask;
                    while (slots[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = s;
                }
            }
        }
    }

    /** The code of the operator spelled by {@code src[from, to)}; single characters without a lookup. */
    private static int operator(byte[] src, int from, int to) {
        if (to - from == 1) {
            int c = SINGLE[src[from] & 0x7f];
            if (c != 0 && src[from] >= 0) {
                return c;
            }
        }
        Integer op = OPS.get(new String(src, from, to - from, StandardCharsets.ISO_8859_1));
        return op == null ? OTHER_OP : op;
    }

    private static final int[] SINGLE = new int[128];

    static {
        for (var e : OPS.entrySet()) {
            if (e.getKey().length() == 1) {
                SINGLE[e.getKey().charAt(0)] = e.getValue();
            }
        }
    }
}
