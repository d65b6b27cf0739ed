package io.portalis.accel.python.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Rebuilds a syntax tree with some of its expressions replaced (the records are immutable). */
public final class ExprRewriter {
    private ExprRewriter() {
    }

    /** Rebuilds {@code node} with each expression {@code f} replaces (top-down; a replaced expression is not entered). */
    public static Object map(Object node, Function<Expr, Expr> f) {
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            boolean same = true;
            for (Object o : l) {
                Object m = map(o, f);
                same &= m == o;
                out.add(m);
            }
            return same ? l : out;
        }
        if (!(node instanceof Record r) || !r.getClass().getPackageName().equals(Node.class.getPackageName())) {
            return node;
        }
        if (node instanceof Expr e) {
            Expr replaced = f.apply(e);
            if (replaced != null) {
                return replaced;
            }
        }
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        boolean same = true;
        for (int i = 0; i < cs.length; i++) {
            Object v = read(cs[i], r);
            values[i] = map(v, f);
            types[i] = cs[i].getType();
            same &= values[i] == v;
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

    public static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read " + c.getName(), ex);
        }
    }
}
