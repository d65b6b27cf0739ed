package io.portalis.accel.python.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test proved about a name or a member access path where it is read: the value is not
 * {@code None}, and (when {@code classes} is not empty) it is an instance of one of those
 * classes, as {@code isinstance} tested them (names as written in the test). Immutable.
 *
 * @param notNone the value is not None (truthiness, {@code is not None}, {@code isinstance} all prove it)
 * @param classes the value is an instance of one of these classes; empty when no isinstance test applies
 */
public record Narrowed(boolean notNone, List<String> classes) {
    public static final Narrowed NOT_NONE = new Narrowed(true, List.of());

    public Narrowed {
        classes = List.copyOf(classes);
    }

    /** An isinstance test of these classes passed: an instance is never None. */
    public static Narrowed instanceOf(List<String> classes) {
        return new Narrowed(true, classes);
    }

    /** What holds on both of two paths that meet; null when nothing does. */
    static Narrowed join(Narrowed a, Narrowed b) {
        if (a == null || b == null) {
            return null;
        }
        boolean notNone = a.notNone && b.notNone;
        List<String> classes;
        if (a.classes.isEmpty() || b.classes.isEmpty()) {
            classes = List.of();
        } else {
            List<String> union = new ArrayList<>(a.classes);
            b.classes.stream().filter(c -> !union.contains(c)).forEach(union::add);
            classes = union;
        }
        return notNone || !classes.isEmpty() ? new Narrowed(notNone, classes) : null;
    }

    /** Both facts hold: the later isinstance test is the one kept. */
    Narrowed and(Narrowed later) {
        return new Narrowed(notNone || later.notNone, later.classes.isEmpty() ? classes : later.classes);
    }
}
