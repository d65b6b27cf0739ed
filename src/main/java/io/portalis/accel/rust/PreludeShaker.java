package io.portalis.accel.rust;

import io.portalis.accel.rust.PreludeItem.Kind;
import io.portalis.accel.rust.RustTokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the prelude down to what one program uses: the items whose names the program mentions,
 * then everything those items mention, until nothing new is reached. A trait comes with any
 * method name called on a value ({@code .repr()} keeps {@code Show}); a method of an inherent
 * impl is kept when its type is kept and its name is used; a trait impl, and a macro call that
 * writes trait impls ({@code show_tuple!}), is kept when the prelude's traits and types in its
 * header are all kept. The program reaches items inside {@code mod py} only through paths
 * ({@code py::raise}), methods and macros; its bare names only reach the prelude's top-level
 * items and the names it imports. What is kept is printed in the prelude's own order and layout;
 * a section comment is printed when an item under it is. The comments above the first item
 * describe prelude.rs itself and are not copied. The runtime files of standard-library modules
 * ({@link StdlibModules#runtimeFiles}, each a top-level {@code mod} such as {@code mod math}) follow
 * the prelude and are cut the same way, so a program that calls only {@code math::sqrt} gets only
 * that function and what it uses.
 */
final class PreludeShaker {

    /**
     * A cut prelude.
     *
     * @param text    the kept items, laid out as in prelude.rs
     * @param names   the names the kept definitions, traits and macros define, in prelude order
     * @param imports the requested imports that name kept items
     * @param kept    the kept items (not the containers)
     */
    record Shaken(String text, List<String> names, List<String> imports, List<PreludeItem> kept) {
        Shaken {
            names = List.copyOf(names);
            imports = List.copyOf(imports);
            kept = List.copyOf(kept);
        }
    }

    /** Runtime files whose items belong to {@code mod py} itself, after prelude.rs's own. */
    private static final List<String> PY_PARTS = List.of("num.rs", "obj.rs");

    private static final PreludeShaker STANDARD = new PreludeShaker(load());

    private final List<String> lines;
    private final List<PreludeItem> top;
    /** Every item, containers' children included, in prelude order. */
    private final List<PreludeItem> items = new ArrayList<>();
    private final Map<Integer, PreludeItem> parent = new HashMap<>();
    private final Map<Integer, Set<String>> conditions = new HashMap<>();
    private final Set<String> topLevel = new HashSet<>();
    private final Map<String, List<PreludeItem>> byName = new HashMap<>();
    private final Map<String, List<PreludeItem>> byMethod = new HashMap<>();
    private final Map<String, List<PreludeItem>> byMacro = new HashMap<>();
    private final Map<String, List<PreludeItem>> byCondition = new HashMap<>();
    private final List<PreludeItem> unconditional = new ArrayList<>();
    /**
     * For an item inside a standard-library module's runtime ({@code mod math}), that module's
     * path prefix ({@code "math::"}): its names are known only qualified, so {@code math::exp}
     * is not reached by a prelude local that happens to be called {@code exp}.
     */
    private final Map<Integer, String> scopeOf = new HashMap<>();
    /** The closure's indexes by number: see {@link ClosureIndex}. */
    private final ClosureIndex index;
    /** What every program keeps: the closure of the unconditional items, copied as each cut's start. */
    private final Closure base;
    /** Per item id: the lines between it and the item before it in its region, as {@link #region} reads them. */
    private final Gap[] gaps;
    /** Per item id: its lines (a container's up to its opening line), each ending in a newline. */
    private final String[] texts;

    PreludeShaker(String text) {
        this.lines = List.of(text.split("\n", -1));
        this.top = PreludeParser.parse(text);
        flatten(top, null);
        for (PreludeItem it : top) {
            if (it.kind() == Kind.MODULE && StdlibModules.runtimeModule(it.name())) {
                scoped(it.children(), it.name() + "::");
            }
        }
        for (PreludeItem it : top) {
            if (it.name() != null && it.kind() != Kind.MODULE) {
                topLevel.add(it.name());
            }
        }
        Set<String> defined = new HashSet<>();
        Map<String, PreludeItem> macros = new HashMap<>();
        for (PreludeItem it : items) {
            switch (it.kind()) {
                case DEFINITION -> {
                    defined.add(key(it));
                    index(byName, key(it), it);
                }
                case TRAIT -> {
                    defined.add(key(it));
                    index(byName, key(it), it);
                    it.methods().forEach(m -> index(byMethod, m, it));
                }
                case MACRO -> {
                    macros.put(it.name(), it);
                    index(byMacro, it.name(), it);
                }
                case METHOD -> index(byMethod, it.name(), it);
                default -> { }
            }
        }
        for (PreludeItem it : items) {
            Set<String> needs = switch (it.kind()) {
                case IMPL, METHOD -> it.head();
                case MACRO_USE -> macros.containsKey(it.name()) ? macros.get(it.name()).head() : Set.of();
                default -> null;
            };
            if (needs == null) {
                if (it.kind() == Kind.FIXED) {
                    unconditional.add(it);
                }
                continue;
            }
            Set<String> own = new HashSet<>();
            for (String n : needs) {
                String scoped = scopeOf.getOrDefault(it.id(), "") + n;
                own.add(defined.contains(scoped) ? scoped : n);
            }
            own.retainAll(defined);
            conditions.put(it.id(), own);
            own.forEach(n -> index(byCondition, n, it));
            if (own.isEmpty() && it.kind() != Kind.METHOD) {
                unconditional.add(it);
            }
        }
        // The closure is a fixpoint that only grows, so starting every cut from the unconditional
        // items' closure gives the same kept items as draining them again per program.
        this.index = new ClosureIndex();
        this.base = new Closure();
        unconditional.forEach(base::keep);
        base.drain();
        int ids = items.stream().mapToInt(PreludeItem::id).max().orElse(-1) + 1;
        this.gaps = new Gap[ids];
        this.texts = new String[ids];
        gaps(top, top.isEmpty() ? 0 : top.get(0).first());
        for (PreludeItem it : items) {
            int end = it.container() ? it.open() : it.last();
            StringBuilder lineText = new StringBuilder();
            lines.subList(it.first(), end + 1).forEach(l -> lineText.append(l).append('\n'));
            texts[it.id()] = lineText.toString();
        }
    }

    /** The prelude in {@code src/main/resources/rust/prelude.rs}. */
    static PreludeShaker standard() {
        return STANDARD;
    }

    /** Every item of the prelude, containers' items included, in prelude order. */
    List<PreludeItem> items() {
        return List.copyOf(items);
    }

    /** What a program uses; {@code imports} are the names its {@code use py::{..}} line may bring in. */
    Shaken shake(String program, Collection<String> imports) {
        Roots r = roots(program, imports);
        return keep(r.free(), r.member(), r.macro(), imports);
    }

    /** The names a program reaches the prelude by, as items ({@code free}), methods and macros. */
    private record Roots(Set<String> free, Set<String> member, Set<String> macro) {}

    private Roots roots(String program, Collection<String> imports) {
        List<Token> tokens = RustTokens.lex(program);
        Mentions m = Mentions.of(tokens, 0, tokens.size());
        Set<String> free = new HashSet<>(m.path());
        for (String name : m.bare()) {
            if (topLevel.contains(name) || imports.contains(name)) {
                free.add(name);
            }
        }
        for (int i = 2; i < tokens.size(); i++) {
            // math::sqrt: a standard-library module's item, by its qualified name.
            if (tokens.get(i - 1).is("::") && tokens.get(i).kind() == RustTokens.Kind.IDENT
                    && tokens.get(i - 2).kind() == RustTokens.Kind.IDENT) {
                free.add(tokens.get(i - 2).text() + "::" + tokens.get(i).text());
            }
        }
        Set<String> member = new HashSet<>(m.member());
        member.addAll(m.path());
        return new Roots(free, member, new HashSet<>(m.macro()));
    }

    /** What a program uses, with one more item: the smallest cut that adds it. */
    Shaken alone(PreludeItem item, String program) {
        Roots r = roots(program, List.of());
        r.free().addAll(conditions.getOrDefault(item.id(), Set.of()));
        switch (item.kind()) {
            case DEFINITION, TRAIT -> r.free().add(key(item));
            case MACRO -> r.macro().add(item.name());
            case METHOD -> r.member().add(item.name());
            default -> { }
        }
        return keep(r.free(), r.member(), r.macro(), List.of());
    }

    private Shaken keep(Set<String> free, Set<String> member, Set<String> macro, Collection<String> imports) {
        Closure c = base.copy();
        free.forEach(c::useName);
        member.forEach(c::useMethod);
        macro.forEach(c::useMacro);
        c.drain();
        List<String> names = new ArrayList<>();
        List<PreludeItem> kept = new ArrayList<>();
        for (PreludeItem it : items) {
            if (c.kept.get(it.id()) && !it.container()) {
                kept.add(it);
                if (it.kind() == Kind.DEFINITION || it.kind() == Kind.TRAIT || it.kind() == Kind.MACRO) {
                    names.add(it.name());
                }
            }
        }
        List<String> imported = imports.stream().filter(c::keptName).toList();
        StringBuilder out = new StringBuilder();
        region(top, visible(c.kept), out);
        return new Shaken(out.toString(), names, imported, kept);
    }

    /**
     * The closure's indexes with names and items as numbers: every name the closure can act on (a
     * key of byName, byMethod, byMacro or byCondition) gets an id, and each item's mentions are
     * resolved once (a bare name in a standard-library module's runtime to its module's item) and
     * kept only where they reach something. Mentions of other names change no kept item.
     */
    private final class ClosureIndex {
        final Map<String, Integer> ids = new HashMap<>();
        final PreludeItem[] itemById;
        final int[][] byNameIds;
        final int[][] byMethodIds;
        final int[][] byMacroIds;
        final int[][] byConditionIds;
        /** Per item id: the names, methods and macros it uses; its key when it defines one (else -1); its conditions; its container (else -1). */
        final int[][] usesName;
        final int[][] usesMethod;
        final int[][] usesMacro;
        final int[] keyOf;
        final int[][] conditionIds;
        final int[] parentOf;
        /** Per name id: whether it is a METHOD item's name (consider() asks whether that method is used). */
        final int[] methodNameOf;

        ClosureIndex() {
            for (Map<String, List<PreludeItem>> m : List.of(byName, byMethod, byMacro, byCondition)) {
                m.keySet().forEach(k -> ids.putIfAbsent(k, ids.size()));
            }
            int n = ids.size();
            byNameIds = table(byName, n);
            byMethodIds = table(byMethod, n);
            byMacroIds = table(byMacro, n);
            byConditionIds = table(byCondition, n);
            int size = items.stream().mapToInt(PreludeItem::id).max().orElse(-1) + 1;
            itemById = new PreludeItem[size];
            usesName = new int[size][];
            usesMethod = new int[size][];
            usesMacro = new int[size][];
            keyOf = new int[size];
            conditionIds = new int[size][];
            parentOf = new int[size];
            methodNameOf = new int[size];
            for (PreludeItem it : items) {
                int id = it.id();
                itemById[id] = it;
                Mentions m = it.mentions();
                String scope = scopeOf.getOrDefault(id, "");
                List<String> names = new ArrayList<>();
                m.bare().forEach(b -> names.add(byName.containsKey(scope + b) ? scope + b : b));
                names.addAll(m.path());
                usesName[id] = known(names, byName);
                List<String> methods = new ArrayList<>(m.path());
                methods.addAll(m.member());
                usesMethod[id] = known(methods, byMethod);
                usesMacro[id] = known(m.macro(), byMacro);
                keyOf[id] = it.kind() == Kind.DEFINITION || it.kind() == Kind.TRAIT ? ids.getOrDefault(key(it), -1) : -1;
                conditionIds[id] = conditions.getOrDefault(id, Set.of()).stream().mapToInt(ids::get).toArray();
                PreludeItem up = parent.get(id);
                parentOf[id] = up == null ? -1 : up.id();
                methodNameOf[id] = it.kind() == Kind.METHOD ? ids.get(it.name()) : -1;
            }
        }

        private int[][] table(Map<String, List<PreludeItem>> map, int n) {
            int[][] out = new int[n][];
            java.util.Arrays.fill(out, new int[0]);
            map.forEach((k, v) -> out[ids.get(k)] = v.stream().mapToInt(PreludeItem::id).toArray());
            return out;
        }

        private int[] known(Collection<String> names, Map<String, List<PreludeItem>> reach) {
            return names.stream().filter(reach::containsKey).mapToInt(ids::get).distinct().toArray();
        }

        int id(String name) {
            Integer id = ids.get(name);
            return id == null ? -1 : id;
        }
    }

    /** The closure of kept items over what they mention (a fixpoint: the order of the work does not change it). */
    private final class Closure {
        final BitSet kept = new BitSet();
        /** Keys (ids) of the kept definitions and traits. */
        final BitSet keptNames = new BitSet();
        private final BitSet names = new BitSet();
        private final BitSet methods = new BitSet();
        private final BitSet macros = new BitSet();
        private int[] queue = new int[64];
        private int queued;

        /** A closure in the same state, to grow on its own. */
        Closure copy() {
            Closure c = new Closure();
            c.kept.or(kept);
            c.keptNames.or(keptNames);
            c.names.or(names);
            c.methods.or(methods);
            c.macros.or(macros);
            c.queue = queue.clone();
            c.queued = queued;
            return c;
        }

        boolean keptName(String name) {
            int id = index.id(name);
            return id >= 0 && keptNames.get(id);
        }

        void keep(PreludeItem it) {
            keep(it.id());
        }

        private void keep(int item) {
            if (!kept.get(item)) {
                kept.set(item);
                if (queued == queue.length) {
                    queue = java.util.Arrays.copyOf(queue, queued * 2);
                }
                queue[queued++] = item;
            }
        }

        void useName(String name) {
            int id = index.id(name);
            if (id >= 0) {
                useName(id);
            }
        }

        void useMethod(String name) {
            int id = index.id(name);
            if (id >= 0) {
                useMethod(id);
            }
        }

        void useMacro(String name) {
            int id = index.id(name);
            if (id >= 0) {
                useMacro(id);
            }
        }

        private void useName(int name) {
            if (!names.get(name)) {
                names.set(name);
                for (int it : index.byNameIds[name]) {
                    keep(it);
                }
            }
        }

        private void useMethod(int name) {
            if (!methods.get(name)) {
                methods.set(name);
                for (int it : index.byMethodIds[name]) {
                    consider(it);
                }
            }
        }

        private void useMacro(int name) {
            if (!macros.get(name)) {
                macros.set(name);
                for (int it : index.byMacroIds[name]) {
                    keep(it);
                }
            }
        }

        /** Keeps a trait impl, macro call or method once its conditions hold. */
        private void consider(int item) {
            if (index.itemById[item].kind() == Kind.TRAIT) {
                keep(item);
                return;
            }
            int method = index.methodNameOf[item];
            if (method >= 0 && !methods.get(method)) {
                return;
            }
            for (int c : index.conditionIds[item]) {
                if (!keptNames.get(c)) {
                    return;
                }
            }
            keep(item);
        }

        void drain() {
            while (queued > 0) {
                int it = queue[--queued];
                for (int n : index.usesName[it]) {
                    useName(n);
                }
                for (int n : index.usesMethod[it]) {
                    useMethod(n);
                }
                for (int n : index.usesMacro[it]) {
                    useMacro(n);
                }
                if (index.parentOf[it] >= 0) {
                    keep(index.parentOf[it]);
                }
                int key = index.keyOf[it];
                if (key >= 0 && !keptNames.get(key)) {
                    keptNames.set(key);
                    for (int c : index.byConditionIds[key]) {
                        consider(c);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ printing

    /**
     * The blank lines and comments between an item and the one before it in its region (or the
     * region's start): whether a blank line is among them, and the last comment block (a section
     * heading, runs of blank lines collapsed) with whether a blank line follows it.
     */
    private record Gap(boolean blank, List<String> heading, boolean blankAfterHeading) {}

    /** Fills {@link #gaps} for one region (the file, or a container's body) starting at line {@code start}. */
    private void gaps(List<PreludeItem> region, int start) {
        int cursor = start;
        for (PreludeItem it : region) {
            List<String> gap = lines.subList(cursor, it.first());
            cursor = it.last() + 1;
            int lastText = lastNonBlank(gap);
            List<String> heading = lastText < 0 ? null : collapseBlanks(gap.subList(firstNonBlank(gap), lastText + 1));
            gaps[it.id()] = new Gap(gap.stream().anyMatch(String::isBlank), heading, lastText >= 0 && lastText < gap.size() - 1);
            if (it.container()) {
                gaps(it.children(), it.open() + 1);
            }
        }
    }

    /**
     * Prints the visible items of one region (the file, or a container's body): one blank line
     * between items where the prelude has one, and before an item the last comment block (a
     * section heading) that stands between it and the previous one.
     */
    private void region(List<PreludeItem> region, BitSet visible, StringBuilder out) {
        boolean first = true;
        boolean blank = false;
        List<String> heading = null;
        boolean blankAfterHeading = false;
        for (PreludeItem it : region) {
            Gap gap = gaps[it.id()];
            blank |= gap.blank();
            if (gap.heading() != null) {
                heading = gap.heading();
                blankAfterHeading = gap.blankAfterHeading();
            }
            if (!visible.get(it.id())) {
                continue;
            }
            if (!first && blank) {
                out.append('\n');
            }
            if (heading != null) {
                heading.forEach(l -> out.append(l).append('\n'));
                if (blankAfterHeading) {
                    out.append('\n');
                }
            }
            print(it, visible, out);
            first = false;
            blank = false;
            heading = null;
        }
    }

    private void print(PreludeItem it, BitSet visible, StringBuilder out) {
        out.append(texts[it.id()]);
        if (it.container()) {
            region(it.children(), visible, out);
            out.append(lines.get(it.last())).append('\n');
        }
    }

    /** The items printed: the kept ones that are not containers, and the containers holding one. */
    private BitSet visible(BitSet kept) {
        BitSet visible = new BitSet();
        for (int i = items.size() - 1; i >= 0; i--) {
            // reverse prelude order: a container's children come after it, so they are decided first
            PreludeItem it = items.get(i);
            boolean shown = it.container()
                    ? it.children().stream().anyMatch(c -> visible.get(c.id()))
                    : kept.get(it.id());
            if (shown) {
                visible.set(it.id());
            }
        }
        return visible;
    }

    private static int firstNonBlank(List<String> ls) {
        for (int i = 0; i < ls.size(); i++) {
            if (!ls.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<String> ls) {
        for (int i = ls.size() - 1; i >= 0; i--) {
            if (!ls.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> collapseBlanks(List<String> ls) {
        List<String> out = new ArrayList<>();
        for (String l : ls) {
            if (!(l.isBlank() && !out.isEmpty() && out.get(out.size() - 1).isBlank())) {
                out.add(l.isBlank() ? "" : l);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ setup

    private void flatten(List<PreludeItem> region, PreludeItem up) {
        for (PreludeItem it : region) {
            items.add(it);
            if (up != null) {
                parent.put(it.id(), up);
            }
            flatten(it.children(), it);
        }
    }

    private void scoped(List<PreludeItem> region, String prefix) {
        for (PreludeItem it : region) {
            scopeOf.put(it.id(), prefix);
            scoped(it.children(), prefix);
        }
    }

    /** The name an item is reached by: qualified inside a standard-library module's runtime. */
    private String key(PreludeItem it) {
        return scopeOf.getOrDefault(it.id(), "") + it.name();
    }

    private static void index(Map<String, List<PreludeItem>> map, String key, PreludeItem it) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(it);
    }

    /**
     * prelude.rs with the other parts of {@code mod py} ({@link #PY_PARTS}) inside it, then each
     * standard-library module's runtime file, as one text to cut.
     */
    private static String load() {
        String prelude = resource("prelude.rs");
        int close = prelude.stripTrailing().lastIndexOf('\n');
        if (close < 0 || !prelude.substring(close + 1).strip().equals("}")) {
            throw new IllegalStateException("rust/prelude.rs must end with the '}' that closes mod py");
        }
        StringBuilder text = new StringBuilder(prelude.substring(0, close + 1));
        for (String part : PY_PARTS) {
            text.append('\n').append(resource(part));
        }
        text.append(prelude.substring(close + 1));
        for (String file : StdlibModules.runtimeFiles()) {
            text.append('\n').append(resource(file));
        }
        return text.toString();
    }

    private static String resource(String file) {
        try (InputStream in = PreludeShaker.class.getResourceAsStream("/rust/" + file)) {
            if (in == null) {
                throw new IllegalStateException("rust/" + file + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
