package io.portalis.accel.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexer for the Rust this project handles (the prelude and generated programs): identifiers,
 * punctuation, brackets and literals with the line each starts on. Comments and whitespace are
 * dropped; string, char and number literals are single tokens, so words inside them are never
 * taken for names. Only {@code ::}, {@code ->}, {@code =>} and {@code !=} are joined; every other
 * punctuation character, {@code <} and {@code >} included, is a token of its own.
 */
final class RustTokens {

    enum Kind { IDENT, PUNCT, OPEN, CLOSE, LITERAL, LIFETIME }

    /** One token: its kind, text and 0-based line. */
    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.OPEN || kind == Kind.CLOSE || kind == Kind.IDENT)
                    && text.equals(s);
        }
    }

    private final String src;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private int line;

    private RustTokens(String src) {
        this.src = src;
    }

    static List<Token> lex(String source) {
        RustTokens t = new RustTokens(source);
        t.run();
        return t.out;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                blockComment();
            } else if (c == '"') {
                string(pos, pos + 1);
            } else if (rawStringAt(pos)) {
                rawString();
            } else if ((c == 'b' || c == 'c') && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
                string(pos, pos + 2);
            } else if (c == '\'') {
                quote();
            } else if (Character.isDigit(c)) {
                number();
            } else if (c == '_' || Character.isLetter(c)) {
                int begin = pos;
                while (pos < src.length() && (src.charAt(pos) == '_' || Character.isLetterOrDigit(src.charAt(pos)))) {
                    pos++;
                }
                add(Kind.IDENT, begin);
            } else if (c == '(' || c == '[' || c == '{') {
                pos++;
                add(Kind.OPEN, pos - 1);
            } else if (c == ')' || c == ']' || c == '}') {
                pos++;
                add(Kind.CLOSE, pos - 1);
            } else {
                int begin = pos;
                pos += joined() ? 2 : 1;
                add(Kind.PUNCT, begin);
            }
        }
    }

    private boolean joined() {
        if (pos + 1 >= src.length()) {
            return false;
        }
        String two = src.substring(pos, pos + 2);
        return two.equals("::") || two.equals("->") || two.equals("=>") || two.equals("!=");
    }

    private void add(Kind kind, int begin) {
        out.add(new Token(kind, src.substring(begin, pos), lineOf(begin)));
    }

    /** The line of {@code begin}: tokens that span lines (strings) are counted as they end. */
    private int lineOf(int begin) {
        int newlines = 0;
        for (int i = begin; i < pos; i++) {
            if (src.charAt(i) == '\n') {
                newlines++;
            }
        }
        line += newlines;
        return line - newlines;
    }

    private void blockComment() {
        int depth = 0;
        do {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                if (src.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        } while (depth > 0 && pos < src.length());
    }

    private void string(int begin, int bodyStart) {
        pos = bodyStart;
        while (pos < src.length() && src.charAt(pos) != '"') {
            pos += src.charAt(pos) == '\\' ? 2 : 1;
        }
        pos = Math.min(pos + 1, src.length());
        add(Kind.LITERAL, begin);
    }

    private boolean rawStringAt(int at) {
        int i = at;
        if (i < src.length() && (src.charAt(i) == 'b' || src.charAt(i) == 'c')) {
            i++;
        }
        if (i >= src.length() || src.charAt(i) != 'r') {
            return false;
        }
        if (at > 0 && (Character.isLetterOrDigit(src.charAt(at - 1)) || src.charAt(at - 1) == '_')) {
            return false;
        }
        i++;
        while (i < src.length() && src.charAt(i) == '#') {
            i++;
        }
        return i < src.length() && src.charAt(i) == '"';
    }

    private void rawString() {
        int begin = pos;
        while (src.charAt(pos) != 'r') {
            pos++;
        }
        pos++;
        int hashes = 0;
        while (src.charAt(pos) == '#') {
            hashes++;
            pos++;
        }
        String close = "\"" + "#".repeat(hashes);
        int end = src.indexOf(close, pos + 1);
        pos = end < 0 ? src.length() : end + close.length();
        add(Kind.LITERAL, begin);
    }

    /** A char literal ({@code 'x'}, {@code '\n'}) or a lifetime / label ({@code 'a}, {@code 'try}). */
    private void quote() {
        int begin = pos;
        if (pos + 1 < src.length() && src.charAt(pos + 1) == '\\') {
            pos += 3;
            while (pos < src.length() && src.charAt(pos) != '\'') {
                pos++;
            }
            pos = Math.min(pos + 1, src.length());
            add(Kind.LITERAL, begin);
            return;
        }
        int next = pos + 1 < src.length() ? src.offsetByCodePoints(pos + 1, 1) : src.length();
        if (next < src.length() && src.charAt(next) == '\'') {
            pos = next + 1;
            add(Kind.LITERAL, begin);
            return;
        }
        pos++;
        while (pos < src.length() && (src.charAt(pos) == '_' || Character.isLetterOrDigit(src.charAt(pos)))) {
            pos++;
        }
        add(Kind.LIFETIME, begin);
    }

    private void number() {
        int begin = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            boolean exponentSign = (c == '+' || c == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')
                    && !src.startsWith("0x", begin) && !src.startsWith("0X", begin);
            boolean fraction = c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))
                    && !src.substring(begin, pos).contains(".");
            if (c == '_' || Character.isLetterOrDigit(c) || fraction || exponentSign) {
                pos++;
            } else {
                break;
            }
        }
        add(Kind.LITERAL, begin);
    }
}
