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

    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder(256);
        dump(node, sb);
        return sb.toString();
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
