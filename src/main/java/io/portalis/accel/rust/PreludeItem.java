package io.portalis.accel.rust;

import java.util.List;
import java.util.Set;

/**
 * One item of the prelude as {@link PreludeParser} finds it: what it is, the name it defines, the
 * names it depends on, and the lines it takes in {@code prelude.rs} (its doc comments and
 * attributes included).
 *
 * @param id       its position in the parse, for quick sets
 * @param kind     what sort of item it is, which decides when it is kept
 * @param name     the name it defines (a definition, trait, macro or method), or the macro a
 *                 macro use invokes; null otherwise
 * @param methods  a trait's method names: calling one of them needs the trait
 * @param head     the names in an impl's header ({@code impl Show for List<T>}: Show, List), or
 *                 in the impl headers a macro expands to; the prelude's own among them must all
 *                 be kept for the impl to be
 * @param mentions the names its code uses (for a container, only its header's)
 * @param first    first line (0-based), its doc comments and attributes included
 * @param last     last line
 * @param open     for a container, the line that opens its body; -1 otherwise
 * @param children for a container, the items in its body
 */
record PreludeItem(int id, Kind kind, String name, Set<String> methods, Set<String> head, Mentions mentions,
                   int first, int last, int open, List<PreludeItem> children) {

    enum Kind {
        /** A fn, struct, enum, union, type alias, const or static: kept when its name is used. */
        DEFINITION,
        /** Kept when its name or one of its methods' names is used. */
        TRAIT,
        /** A {@code macro_rules!}: kept when invoked. */
        MACRO,
        /** A trait impl: kept when the prelude's types and traits in its header are all kept. */
        IMPL,
        /** An inherent impl, shown when at least one of its methods is kept. */
        METHODS,
        /** A method of an inherent impl: kept when its type is and its name is used. */
        METHOD,
        /** An item-level macro call; when the macro implements a trait, kept with that trait. */
        MACRO_USE,
        /** A {@code mod}: shown when one of its items is kept. */
        MODULE,
        /** Kept whatever the program (a {@code use}, an inner attribute, anything unrecognised). */
        FIXED
    }

    PreludeItem {
        methods = Set.copyOf(methods);
        head = Set.copyOf(head);
        children = List.copyOf(children);
    }

    boolean container() {
        return open >= 0;
    }
}
