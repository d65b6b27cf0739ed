package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scope while its names are collected (pass 1) and classified (pass 2); frozen into a {@link Scope}. */
final class ScopeBuilder {
    final ScopeKind kind;
    final String name;
    final Node node;
    final ScopeBuilder parent;
    /** The class name private names are mangled with, or null. */
    final String privateName;
    final List<ScopeBuilder> children = new ArrayList<>();
    /** Flags per (mangled) name, in first-mention order. */
    final LinkedHashMap<String, int[]> flags = new LinkedHashMap<>();
    /** Pass 2's classification of every name in {@link #flags}. */
    final Map<String, Binding> bindings = new HashMap<>();
    /** A method reads {@code __class__} (or calls {@code super}): the class gets the implicit cell. */
    boolean needsClassClosure;
    /** Inside a comprehension's iterable expression, as seen from this scope (walrus forbidden there). */
    int iterableDepth;

    ScopeBuilder(ScopeKind kind, String name, Node node, ScopeBuilder parent, String privateName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        if (parent != null && kind != ScopeKind.ANNOTATION) {
            parent.children.add(this);
        }
    }

    /** Adds {@code flag} to {@code name} (already mangled). */
    void add(String name, int flag) {
        int[] f = flags.get(name);
        if (f == null) {
            flags.put(name, new int[] {flag});
        } else {
            f[0] |= flag;
        }
    }

    int flagsOf(String name) {
        int[] f = flags.get(name);
        return f == null ? 0 : f[0];
    }

    /** CPython's private-name mangling: {@code __x} in class {@code _C} is {@code _C__x}. */
    String mangle(String id) {
        return mangle(privateName, id);
    }

    static String mangle(String privateName, String id) {
        if (privateName == null || !id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return id;
        }
        return "_" + privateName.substring(i) + id;
    }
}
