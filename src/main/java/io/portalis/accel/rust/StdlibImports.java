package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a module's top-level imports of the standard library bind: {@code import math} and
 * {@code import math as m} bind a module, {@code from math import sqrt [as s]} binds a member.
 * A function's locals shadow them as in Python; a module-level rebinding of one is refused.
 */
final class StdlibImports {

    /** A name bound by {@code from module import member}. */
    record Member(StdlibModule module, String member) {}

    private final Map<String, StdlibModule> modules = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Node> bindings = new LinkedHashMap<>();

    /** Whether an {@code import m} or {@code from m import ...} names a supported module. */
    static boolean supported(String module) {
        return StdlibModules.find(module) != null;
    }

    /** Records {@code import a, b as c}; refuses a module the translation does not support. */
    void add(Stmt.Import imp) {
        for (Alias a : imp.names()) {
            StdlibModule m = StdlibModules.find(a.name());
            if (m == null) {
                throw Unsupported.construct("import of module '" + a.name() + "'", a);
            }
            if (a.asname() == null && a.name().contains(".")) {
                // import os.path binds os, through which os.path is reached.
                String top = a.name().substring(0, a.name().indexOf('.'));
                bind(top, a, StdlibModules.find(top), null);
                continue;
            }
            bind(a.asname() == null ? a.name() : a.asname(), a, m, null);
        }
    }

    /** Records {@code from module import x, y as z} for a supported module. */
    void add(Stmt.ImportFrom imp, StdlibModule m) {
        for (Alias a : imp.names()) {
            if (a.name().equals("*")) {
                throw Unsupported.construct("from " + m.name() + " import *", a);
            }
            if (!m.has(a.name())) {
                throw Unsupported.name("cannot import name '" + a.name() + "' from '" + m.name() + "'", a);
            }
            bind(a.asname() == null ? a.name() : a.asname(), a, m, a.name());
        }
    }

    private void bind(String name, Node at, StdlibModule m, String member) {
        StdlibModule oldModule = modules.get(name);
        Member oldMember = members.get(name);
        boolean same = member == null ? oldModule == m && oldMember == null
                : oldModule == null && oldMember != null && oldMember.module() == m && oldMember.member().equals(member);
        if ((oldModule != null || oldMember != null) && !same) {
            throw Unsupported.construct("rebinding of imported name '" + name + "'", at);
        }
        if (member == null) {
            modules.put(name, m);
        } else {
            members.put(name, new Member(m, member));
        }
        bindings.putIfAbsent(name, at);
    }

    /** Whether the module imports the standard-library module of that name, or a member of it. */
    boolean uses(String module) {
        return modules.values().stream().anyMatch(m -> m.name().equals(module))
                || members.values().stream().anyMatch(m -> m.module().name().equals(module));
    }

    /** The module bound to a name by {@code import}, or null. */
    StdlibModule module(String name) {
        return modules.get(name);
    }

    /** The member bound to a name by {@code from ... import}, or null. */
    Member member(String name) {
        return members.get(name);
    }

    /**
     * Refuses an import whose name the module also binds another way: a def, a class, or a name
     * the module's top-level code stores to (Python rebinds the module-level name, which every
     * function would then see).
     */
    void requireUnshadowed(Set<String> definitions, List<Stmt> topLevel) {
        if (bindings.isEmpty()) {
            return;
        }
        for (Stmt s : topLevel) {
            storedNames(s, false);
            if ((s instanceof Stmt.FunctionDef f && bindings.containsKey(f.name()))
                    || (s instanceof Stmt.ClassDef c && bindings.containsKey(c.name()))) {
                String name = s instanceof Stmt.FunctionDef f ? f.name() : ((Stmt.ClassDef) s).name();
                throw Unsupported.construct("rebinding of imported name '" + name + "'", s);
            }
        }
        for (Map.Entry<String, Node> b : bindings.entrySet()) {
            if (definitions.contains(b.getKey())) {
                throw Unsupported.construct("rebinding of imported name '" + b.getKey() + "'", b.getValue());
            }
        }
    }

    /** Stores to imported names at module level, and {@code global} declarations of them anywhere. */
    private void storedNames(Node n, boolean nested) {
        String stored = null;
        if (!nested && n instanceof Expr.Name name && name.ctx() == ExprContext.Store) {
            stored = name.id();
        } else if (!nested && n instanceof ExceptHandler h) {
            stored = h.name();
        } else if (n instanceof Stmt.Global g) {
            stored = g.names().stream().filter(bindings::containsKey).findFirst().orElse(null);
        }
        if (stored != null && bindings.containsKey(stored)) {
            throw Unsupported.construct("rebinding of imported name '" + stored + "'", n);
        }
        boolean scope = n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef
                || n instanceof Expr.Lambda || n instanceof Comprehension;
        for (Node child : NodeChildren.of(n)) {
            storedNames(child, nested || scope);
        }
    }
}
