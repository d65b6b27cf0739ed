package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprRewriter;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Private name mangling, as CPython's compiler does it before anything runs: inside the body of a
 * class {@code C}, an identifier {@code __spam} (two leading underscores, not two trailing ones) is
 * read, bound and looked up as {@code _C__spam} ({@code C} without its leading underscores; a class
 * named only underscores mangles nothing). It applies to every name, attribute, parameter,
 * function and class name, except handler name, {@code global}/{@code nonlocal} name and pattern
 * capture lexically inside the class body, nested functions included, up to a nested class (which
 * mangles with its own name). Keyword argument names in calls and strings are not mangled; nor are
 * import aliases here (a name imported in a class body keeps its spelling).
 *
 * <p>The parser keeps the source's spelling (the syntax tree is CPython's {@code ast}); this pass
 * rewrites a parsed module once, before its names are checked, so every later stage sees the names
 * the program really uses: {@code self.__m()} in class C calls {@code _C__m}, and a subclass's
 * {@code __x} is another attribute than its base's.
 */
public final class PrivateNames {
    /** The record components that hold an identifier CPython mangles, per node type. */
    private static final Map<Class<?>, Set<String>> NAME_FIELDS = Map.of(
            Expr.Name.class, Set.of("id"),
            Expr.Attribute.class, Set.of("attr"),
            Stmt.FunctionDef.class, Set.of("name"),
            Stmt.AsyncFunctionDef.class, Set.of("name"),
            Stmt.ClassDef.class, Set.of("name"),
            Arg.class, Set.of("arg"),
            ExceptHandler.class, Set.of("name"),
            Pattern.MatchStar.class, Set.of("name"),
            Pattern.MatchAs.class, Set.of("name"),
            Pattern.MatchMapping.class, Set.of("rest"));
    /** The record components that hold a list of identifiers CPython mangles. */
    private static final Map<Class<?>, Set<String>> NAME_LIST_FIELDS = Map.of(
            Stmt.Global.class, Set.of("names"),
            Stmt.Nonlocal.class, Set.of("names"),
            Pattern.MatchClass.class, Set.of("kwd_attrs"));

    private PrivateNames() {}

    /** The module with every private name inside a class body mangled; the same object when there is none. */
    public static Mod.Module mangle(Mod.Module module) {
        return (Mod.Module) rewrite(module, null);
    }

    /** {@code name} as CPython's compiler spells it inside the class {@code className} (null: outside any class). */
    public static String mangle(String name, String className) {
        if (className == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    private static Object rewrite(Object node, String cls) {
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            boolean same = true;
            for (Object o : l) {
                Object m = rewrite(o, cls);
                same &= m == o;
                out.add(m);
            }
            return same ? l : out;
        }
        if (!(node instanceof Record r) || !(node instanceof Node)) {
            return node;
        }
        Set<String> names = NAME_FIELDS.getOrDefault(r.getClass(), Set.of());
        Set<String> lists = NAME_LIST_FIELDS.getOrDefault(r.getClass(), Set.of());
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        boolean same = true;
        for (int i = 0; i < cs.length; i++) {
            Object v = ExprRewriter.read(cs[i], r);
            String field = cs[i].getName();
            // A class body (and only its body) mangles with the class's own name.
            String inner = r instanceof Stmt.ClassDef c && field.equals("body") ? c.name() : cls;
            if (names.contains(field) && v instanceof String s) {
                values[i] = mangle(s, cls);
            } else if (lists.contains(field) && v instanceof List<?> l) {
                values[i] = l.stream().map(o -> mangle((String) o, cls)).toList();
            } else {
                values[i] = rewrite(v, inner);
            }
            types[i] = cs[i].getType();
            boolean named = names.contains(field) || lists.contains(field);
            same &= named ? java.util.Objects.equals(values[i], v) : values[i] == v;
        }
        if (same) {
            return node;
        }
        try {
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot rebuild " + r.getClass().getSimpleName(), ex);
        }
    }
}
