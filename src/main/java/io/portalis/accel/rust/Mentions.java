package io.portalis.accel.rust;

import io.portalis.accel.rust.RustTokens.Kind;
import io.portalis.accel.rust.RustTokens.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a stretch of Rust code mentions, by the way each is used: bare ({@code raise(..)},
 * {@code T: Show}), after a path separator ({@code py::List}, {@code List::from}; with the name
 * before it too, {@code int::Int}, which names another runtime module's item), after a dot
 * (a method call: {@code .repr()}), or before a {@code !} (a macro: {@code attempt!}). Field
 * accesses ({@code d.index}) and macro metavariables ({@code $name}) are not mentions: a
 * struct is kept whole, so its fields need nothing.
 */
record Mentions(Set<String> bare, Set<String> path, Set<String> member, Set<String> macro) {

    Mentions {
        bare = Set.copyOf(bare);
        path = Set.copyOf(path);
        member = Set.copyOf(member);
        macro = Set.copyOf(macro);
    }

    static final Mentions NONE = new Mentions(Set.of(), Set.of(), Set.of(), Set.of());

    /** The mentions in {@code tokens[from..to)}. */
    static Mentions of(List<Token> tokens, int from, int to) {
        Set<String> bare = new HashSet<>();
        Set<String> path = new HashSet<>();
        Set<String> member = new HashSet<>();
        Set<String> macro = new HashSet<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) {
                continue;
            }
            Token before = i > from ? tokens.get(i - 1) : null;
            Token after = i + 1 < to ? tokens.get(i + 1) : null;
            if (before != null && before.is("$")) {
                continue;
            }
            if (after != null && after.is("!")) {
                macro.add(t.text());
            } else if (before != null && before.is("::")) {
                path.add(t.text());
                Token module = i - 2 >= from ? tokens.get(i - 2) : null;
                if (module != null && module.kind() == Kind.IDENT) {
                    // super::int::Int: another runtime module's item, by its qualified name.
                    path.add(module.text() + "::" + t.text());
                }
            } else if (before != null && before.is(".")) {
                if (after != null && (after.is("(") || after.is("::"))) {
                    member.add(t.text());
                }
            } else {
                bare.add(t.text());
            }
        }
        return new Mentions(bare, path, member, macro);
    }
}
