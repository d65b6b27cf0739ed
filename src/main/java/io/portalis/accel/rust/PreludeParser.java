package io.portalis.accel.rust;

import io.portalis.accel.rust.PreludeItem.Kind;
import io.portalis.accel.rust.RustTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits {@code prelude.rs} into its items, at the top level, inside each {@code mod} and inside
 * each inherent {@code impl} (one item per method). It relies on the layout rustfmt gives: an
 * item starts on a line of its own, its doc comments and attributes sit directly above it, and a
 * container's opening brace ends a line and its closing brace starts one. A prelude that breaks
 * these rules is refused with an {@link IllegalArgumentException}, never split wrongly.
 */
final class PreludeParser {
    private final List<String> lines;
    private final List<Token> tokens;
    private int nextId;

    private PreludeParser(String text) {
        this.lines = List.of(text.split("\n", -1));
        this.tokens = RustTokens.lex(text);
    }

    /** The top-level items of {@code text}; containers hold theirs. */
    static List<PreludeItem> parse(String text) {
        PreludeParser p = new PreludeParser(text);
        return p.region(0, p.tokens.size(), 0, false);
    }

    private List<PreludeItem> region(int from, int to, int firstLine, boolean methods) {
        List<PreludeItem> items = new ArrayList<>();
        int previousLast = firstLine - 1;
        int i = from;
        while (i < to) {
            int end = itemEnd(i, to);
            int first = tokens.get(i).line();
            if (first <= previousLast) {
                throw layout(first, "two items share a line");
            }
            while (first - 1 > previousLast && lines.get(first - 1).strip().startsWith("//")) {
                first--;
            }
            PreludeItem item = item(i, end, first, tokens.get(end).line(), methods);
            items.add(item);
            previousLast = item.last();
            i = end + 1;
        }
        return items;
    }

    /** The index of the item's last token: its closing brace, or its semicolon. */
    private int itemEnd(int i, int to) {
        if (tokens.get(i).is("#") && i + 2 < to && tokens.get(i + 1).is("!")) {
            return matching(i + 2);
        }
        int depth = 0;
        for (int k = i; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == RustTokens.Kind.OPEN) {
                depth++;
            } else if (t.kind() == RustTokens.Kind.CLOSE) {
                depth--;
                if (depth == 0 && t.is("}")) {
                    return k + 1 < to && tokens.get(k + 1).is(";") ? k + 1 : k;
                }
            } else if (depth == 0 && t.is(";")) {
                return k;
            }
        }
        throw layout(tokens.get(i).line(), "an item that does not end");
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            RustTokens.Kind kind = tokens.get(k).kind();
            if (kind == RustTokens.Kind.OPEN) {
                depth++;
            } else if (kind == RustTokens.Kind.CLOSE && --depth == 0) {
                return k;
            }
        }
        throw layout(tokens.get(open).line(), "an unclosed bracket");
    }

    private PreludeItem item(int start, int end, int first, int last, boolean inImpl) {
        Mentions mentions = Mentions.of(tokens, start, end + 1);
        int k = start;
        while (tokens.get(k).is("#")) {
            k = matching(k + 1) + 1;
        }
        k = skipQualifiers(k);
        String word = tokens.get(k).text();
        if (inImpl) {
            String name = word.equals("fn") || word.equals("const") || word.equals("type")
                    ? tokens.get(k + 1).text() : null;
            return add(Kind.METHOD, name, Set.of(), Set.of(), mentions, first, last, -1, List.of());
        }
        switch (word) {
            case "fn", "struct", "enum", "union", "type", "const", "static" -> {
                int n = tokens.get(k + 1).is("mut") ? k + 2 : k + 1;
                return add(Kind.DEFINITION, tokens.get(n).text(), Set.of(), Set.of(), mentions, first, last, -1,
                        List.of());
            }
            case "trait" -> {
                return add(Kind.TRAIT, tokens.get(k + 1).text(), traitMethods(k, end), Set.of(), mentions,
                        first, last, -1, List.of());
            }
            case "macro_rules" -> {
                return add(Kind.MACRO, tokens.get(k + 2).text(), Set.of(), macroImplHeads(k, end), mentions,
                        first, last, -1, List.of());
            }
            case "mod" -> {
                int open = bodyOpen(k, end);
                List<PreludeItem> children = containerRegion(open, end, false);
                return add(Kind.MODULE, tokens.get(k + 1).text(), Set.of(), Set.of(),
                        Mentions.of(tokens, start, open), first, last, tokens.get(open).line(), children);
            }
            case "impl" -> {
                return impl(start, k, end, first, last, mentions);
            }
            case "use", "extern" -> {
                return add(Kind.FIXED, null, Set.of(), Set.of(), mentions, first, last, -1, List.of());
            }
            default -> {
                if (tokens.get(k).kind() == RustTokens.Kind.IDENT && tokens.get(k + 1).is("!")) {
                    return add(Kind.MACRO_USE, word, Set.of(), Set.of(), mentions, first, last, -1, List.of());
                }
                return add(Kind.FIXED, null, Set.of(), Set.of(), mentions, first, last, -1, List.of());
            }
        }
    }

    private int skipQualifiers(int k) {
        while (true) {
            Token t = tokens.get(k);
            if (t.is("pub")) {
                k = tokens.get(k + 1).is("(") ? matching(k + 1) + 1 : k + 1;
            } else if (t.is("unsafe") || t.is("async") || t.is("default")
                    || (t.is("const") && (tokens.get(k + 1).is("fn") || tokens.get(k + 1).is("unsafe")))) {
                k++;
            } else if (t.is("extern") && tokens.get(k + 1).kind() == RustTokens.Kind.LITERAL) {
                k += 2;
            } else {
                return k;
            }
        }
    }

    private PreludeItem impl(int start, int k, int end, int first, int last, Mentions mentions) {
        ImplHead h = implHead(k, end);
        if (h.traitImpl()) {
            return add(Kind.IMPL, null, Set.of(), h.names(), mentions, first, last, -1, List.of());
        }
        int open = h.open();
        if (!splittable(open, end)) {
            return add(Kind.IMPL, null, Set.of(), h.names(), mentions, first, last, -1, List.of());
        }
        List<PreludeItem> methods = containerRegion(open, end, true).stream()
                .map(m -> new PreludeItem(m.id(), m.kind(), m.name(), m.methods(), h.names(), m.mentions(), m.first(),
                        m.last(), m.open(), m.children()))
                .toList();
        return add(Kind.METHODS, null, Set.of(), h.names(), Mentions.of(tokens, start, open), first, last,
                tokens.get(open).line(), methods);
    }

    /** An impl header: the names after its generics, and whether it implements a trait. */
    private record ImplHead(Set<String> names, boolean traitImpl, int open) {}

    private ImplHead implHead(int k, int end) {
        int i = k + 1;
        if (tokens.get(i).is("<")) {
            int angle = 0;
            do {
                if (tokens.get(i).is("<")) {
                    angle++;
                } else if (tokens.get(i).is(">")) {
                    angle--;
                }
                i++;
            } while (angle > 0 && i < end);
        }
        Set<String> names = new HashSet<>();
        boolean traitImpl = false;
        boolean where = false;
        int depth = 0;
        for (; i < end; i++) {
            Token t = tokens.get(i);
            if (depth == 0 && t.is("{")) {
                break;
            }
            if (t.kind() == RustTokens.Kind.OPEN) {
                depth++;
            } else if (t.kind() == RustTokens.Kind.CLOSE) {
                depth--;
            } else if (t.is("for") && depth == 0 && !where) {
                traitImpl = true;
            } else if (t.is("where")) {
                where = true;
            } else if (!where && t.kind() == RustTokens.Kind.IDENT && !tokens.get(i - 1).is("$")) {
                names.add(t.text());
            }
        }
        return new ImplHead(names, traitImpl, i);
    }

    /** The names in the headers of the impls a {@code macro_rules!} body writes. */
    private Set<String> macroImplHeads(int k, int end) {
        Set<String> names = new HashSet<>();
        for (int i = k; i < end; i++) {
            if (tokens.get(i).is("impl")) {
                names.addAll(implHead(i, end).names());
            }
        }
        return names;
    }

    private Set<String> traitMethods(int k, int end) {
        int open = bodyOpen(k, end);
        Set<String> names = new HashSet<>();
        int depth = 0;
        for (int i = open; i < end; i++) {
            Token t = tokens.get(i);
            if (t.kind() == RustTokens.Kind.OPEN) {
                depth++;
            } else if (t.kind() == RustTokens.Kind.CLOSE) {
                depth--;
            } else if (depth == 1 && (t.is("fn") || t.is("type") || t.is("const"))) {
                names.add(tokens.get(i + 1).text());
            }
        }
        return names;
    }

    private int bodyOpen(int k, int end) {
        for (int i = k; i < end; i++) {
            if (tokens.get(i).is("{")) {
                return i;
            }
        }
        throw layout(tokens.get(k).line(), "a body without braces");
    }

    private List<PreludeItem> containerRegion(int open, int close, boolean methods) {
        if (!splittable(open, close)) {
            throw layout(tokens.get(open).line(), "a module's braces must end and start their lines");
        }
        return region(open + 1, close, tokens.get(open).line() + 1, methods);
    }

    /** Whether the body's opening brace ends its line and its closing brace starts its own. */
    private boolean splittable(int open, int close) {
        return open + 1 < close
                && tokens.get(open + 1).line() > tokens.get(open).line()
                && tokens.get(close - 1).line() < tokens.get(close).line()
                && (close + 1 >= tokens.size() || tokens.get(close + 1).line() > tokens.get(close).line()
                        || tokens.get(close + 1).is(";"));
    }

    private PreludeItem add(Kind kind, String name, Set<String> methods, Set<String> head, Mentions mentions,
                            int first, int last, int open, List<PreludeItem> children) {
        return new PreludeItem(nextId++, kind, name, methods, head, mentions, first, last, open, children);
    }

    private IllegalArgumentException layout(int line, String what) {
        return new IllegalArgumentException("prelude.rs line " + (line + 1) + ": " + what
                + " (see the layout rules at the top of prelude.rs)");
    }
}
