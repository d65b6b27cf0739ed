package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many times CPython 3.11 builds the frozenset constant it folds a set display of constants
 * into, which decides the constant's order: once more than the first build when the compiler
 * merges constants, and once more again when making the code object interns one of its str
 * items by replacing it with an equal string interned earlier. Earlier means interned by the
 * interpreter's start-up (the measured list in {@code cpython311-interned.txt}) or by the parser,
 * which interns every identifier of the module.
 *
 * <p>The compiler also shares one constant among equal ones in a module: a later display of the
 * same constants, in any order, gets the constant built from the first one compiled, so it
 * takes that display's item order. The displays folded into constants are those of three or
 * more constants, and any display of constants that a {@code for} or comprehension iterates or
 * that is the right side of {@code in}.
 */
final class FrozensetConstants {
    private static final Set<String> INTERNED_AT_STARTUP = load();

    private final Set<String> moduleIdentifiers;
    /** The first folded display of each set of constant values, in compile order. */
    private final Map<Set<String>, Expr.Set> firstByValues = new HashMap<>();
    private final Set<Expr.Set> folded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    FrozensetConstants(Node module) {
        this.moduleIdentifiers = identifiers(module);
        findFolded(module);
    }

    /**
     * The order to give the display's items: that of the first equal display the compiler
     * meets, as indices into this display's items (the first of equal items only).
     */
    List<Integer> order(Expr.Set display) {
        List<String> mine = valueKeys(display);
        if (!folded.contains(display) || mine == null) {
            return null;
        }
        Expr.Set first = firstByValues.get(new HashSet<>(mine));
        if (first == null || first == display) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String key : valueKeys(first)) {
            if (placed.add(key)) {
                order.add(mine.indexOf(key));
            }
        }
        return order;
    }

    /** Walks the module in the order CPython compiles it, noting the folded displays. */
    private void findFolded(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Expr.Set s && s.elts().size() > 2 && allConstant(s)) {
                fold(s);
            }
            if (n instanceof Stmt.For f && f.iter() instanceof Expr.Set s && allConstant(s)) {
                fold(s);
            } else if (n instanceof Comprehension c && c.iter() instanceof Expr.Set s && allConstant(s)) {
                fold(s);
            } else if (n instanceof Expr.Compare c && c.comparators().get(c.comparators().size() - 1) instanceof Expr.Set s
                    && (c.ops().get(c.ops().size() - 1) == CmpOp.In || c.ops().get(c.ops().size() - 1) == CmpOp.NotIn)
                    && allConstant(s)) {
                fold(s);
            }
            List<Node> children = new ArrayList<>(NodeChildren.of(n));
            if (n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp
                    || n instanceof Expr.GeneratorExp) {
                // The outermost iterable is compiled first, outside the comprehension's code.
                Node outer = children.stream().filter(Comprehension.class::isInstance).findFirst().orElse(null);
                if (outer != null) {
                    children.remove(outer);
                    children.add(0, outer);
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    private static boolean allConstant(Expr.Set s) {
        return s.elts().stream().allMatch(ConstantFolding::isConstant);
    }

    private void fold(Expr.Set s) {
        folded.add(s);
        List<String> keys = valueKeys(s);
        if (keys != null) {
            firstByValues.putIfAbsent(new HashSet<>(keys), s);
        }
    }

    /** A key per item telling equal constants apart as CPython's constant cache does, or null. */
    private static List<String> valueKeys(Expr.Set s) {
        List<String> keys = new ArrayList<>();
        for (Expr e : s.elts()) {
            String k = valueKey(e);
            if (k == null) {
                return null;
            }
            keys.add(k);
        }
        return keys;
    }

    private static String valueKey(Expr e) {
        if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v instanceof ConstantValue.Str s) {
                return "s" + s.value();
            }
            if (v instanceof ConstantValue.Int i) {
                return "i" + i.value();
            }
            if (v instanceof ConstantValue.Float f) {
                return "f" + Double.doubleToLongBits(f.value());
            }
            if (v instanceof ConstantValue.Bool b) {
                return "b" + b.value();
            }
            return null;
        }
        if (e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c) {
            if (u.op() == UnaryOperator.UAdd && (c.value() instanceof ConstantValue.Int || c.value() instanceof ConstantValue.Float)) {
                return valueKey(c);
            }
            if (u.op() == UnaryOperator.USub && c.value() instanceof ConstantValue.Int i) {
                return "i" + i.value().negate();
            }
            if (u.op() == UnaryOperator.USub && c.value() instanceof ConstantValue.Float f) {
                return "f" + Double.doubleToLongBits(-f.value());
            }
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            StringBuilder sb = new StringBuilder("t(");
            for (Expr x : t.elts()) {
                String k = valueKey(x);
                if (k == null) {
                    return null;
                }
                sb.append(k.length()).append(':').append(k);
            }
            return sb.append(')').toString();
        }
        return null;
    }

    /**
     * 1 or 2: the rebuilds after the first build of the constant for these items. Stops at a
     * str item that is not a literal, whose value this class does not compute.
     */
    int rebuilds(List<Expr> items) {
        for (Expr e : items) {
            if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                if (nameChars(s.value()) && (INTERNED_AT_STARTUP.contains(s.value()) || moduleIdentifiers.contains(s.value()))) {
                    return 2;
                }
            } else if (e instanceof Expr.BinOp b && yieldsStr(b)) {
                throw Unsupported.construct("a set display of a computed str constant (CPython's string interning "
                        + "decides its order)", e);
            }
        }
        return 1;
    }

    private static boolean yieldsStr(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value() instanceof ConstantValue.Str;
        }
        return e instanceof Expr.BinOp b && (yieldsStr(b.left()) || yieldsStr(b.right()));
    }

    /** Only strings of ASCII letters, digits and underscores are interned with code objects. */
    private static boolean nameChars(String s) {
        return s.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'));
    }

    /** Every identifier the parser interns: names, attributes, parameters, keywords, imports. */
    private static Set<String> identifiers(Node root) {
        Set<String> out = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Expr.Name x) {
                out.add(x.id());
            } else if (n instanceof Expr.Attribute x) {
                out.add(x.attr());
            } else if (n instanceof Stmt.FunctionDef x) {
                out.add(x.name());
            } else if (n instanceof Stmt.AsyncFunctionDef x) {
                out.add(x.name());
            } else if (n instanceof Stmt.ClassDef x) {
                out.add(x.name());
            } else if (n instanceof Arg x) {
                out.add(x.arg());
            } else if (n instanceof Keyword x && x.arg() != null) {
                out.add(x.arg());
            } else if (n instanceof Alias x) {
                out.addAll(Arrays.asList(x.name().split("\\.")));
                if (x.asname() != null) {
                    out.add(x.asname());
                }
            } else if (n instanceof Stmt.ImportFrom x && x.module() != null) {
                out.addAll(Arrays.asList(x.module().split("\\.")));
            } else if (n instanceof Stmt.Global x) {
                out.addAll(x.names());
            } else if (n instanceof Stmt.Nonlocal x) {
                out.addAll(x.names());
            } else if (n instanceof ExceptHandler x && x.name() != null) {
                out.add(x.name());
            } else if (n instanceof Pattern.MatchAs x && x.name() != null) {
                out.add(x.name());
            } else if (n instanceof Pattern.MatchStar x && x.name() != null) {
                out.add(x.name());
            } else if (n instanceof Pattern.MatchMapping x && x.rest() != null) {
                out.add(x.rest());
            } else if (n instanceof Pattern.MatchClass x) {
                out.addAll(x.kwd_attrs());
            }
            NodeChildren.of(n).forEach(todo::push);
        }
        return out;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = FrozensetConstants.class.getResourceAsStream("/rust/cpython311-interned.txt")) {
            if (in == null) {
                throw new IllegalStateException("cpython311-interned.txt is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
