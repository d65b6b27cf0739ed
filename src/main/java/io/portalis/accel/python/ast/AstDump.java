package io.portalis.accel.python.ast;

import java.util.List;

/**
 * Prints a node exactly as Python 3.11's {@code ast.dump(node)} does with its defaults: class
 * name, then {@code field=value} for every field in order, leaving out optional scalar fields
 * that are None; lists always shown ({@code []} when empty), None inside a list shown as
 * {@code None}, constants and identifiers as Python's repr().
 */
public final class AstDump {
    private AstDump() {}

    /** Stack for the retry of a dump that overflowed the caller's stack (very deep trees). */
    private static final long BIG_STACK_BYTES = 1L << 30;

    public static String dump(Node node) {
        try {
            StringBuilder sb = new StringBuilder(256);
            dump(node, sb);
            return sb.toString();
        } catch (StackOverflowError e) {
            return dumpOnBigStack(node);
        }
    }

    private static String dumpOnBigStack(Node node) {
        String[] result = new String[1];
        Thread t = new Thread(null, () -> {
            StringBuilder sb = new StringBuilder(256);
            dump(node, sb);
            result[0] = sb.toString();
        }, "ast-dump-deep", BIG_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dumping", e);
        }
        if (result[0] == null) {
            throw new IllegalStateException("the tree is too deep to dump");
        }
        return result[0];
    }

    public static void dump(Node node, StringBuilder sb) {
        NodeFields.Shape shape = node.accept(NodeFields.INSTANCE);
        sb.append(shape.pythonName()).append('(');
        boolean first = true;
        for (int i = 0; i < shape.names().length; i++) {
            Object value = shape.values()[i];
            if (value == null && shape.optional()[i]) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(shape.names()[i]).append('=');
            value(value, sb);
        }
        sb.append(')');
    }

    private static void value(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("None");
        } else if (value instanceof Node n) {
            dump(n, sb);
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                value(list.get(i), sb);
            }
            sb.append(']');
        } else if (value instanceof String s) {
            sb.append(PyRepr.str(s));
        } else if (value instanceof ConstantValue c) {
            sb.append(c.repr());
        } else if (value instanceof Integer i) {
            sb.append(i.intValue());
        } else if (value instanceof Enum<?> e) {
            sb.append(e.name()).append("()");
        } else {
            throw new IllegalStateException("no dump for " + value.getClass());
        }
    }
}
