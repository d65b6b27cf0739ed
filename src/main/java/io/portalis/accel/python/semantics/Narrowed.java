package io.portalis.accel.python.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test proved about a name or a member access path where it is read: the value is not
 * {@code None}, it is an instance of one of {@code classes} (when not empty), and it is an
 * instance of none of {@code excluded}, as {@code isinstance} tests found them (names as written in
 * the test). As mypy and pyright narrow: the true branch of {@code isinstance(x, C)} knows
 * {@code x} is a C, the false branch (an {@code else}, the code after an early return) knows it is
 * not. Immutable.
 *
 * @param notNone  the value is not None (truthiness, {@code is not None}, {@code isinstance} all prove it)
 * @param classes  the value is an instance of one of these classes; empty when no isinstance test applies
 * @param excluded the value is an instance of none of these classes (isinstance tests that failed)
 */
public record Narrowed(boolean notNone, List<String> classes, List<String> excluded) {
    public static final Narrowed NOT_NONE = new Narrowed(true, List.of(), List.of());

    public Narrowed {
        classes = List.copyOf(classes);
        excluded = List.copyOf(excluded);
    }

    public Narrowed(boolean notNone, List<String> classes) {
        this(notNone, classes, List.of());
    }

    /** An isinstance test of these classes passed: an instance is never None. */
    public static Narrowed instanceOf(List<String> classes) {
        return new Narrowed(true, classes, List.of());
    }

    /** An isinstance test of these classes failed: the value is an instance of none of them. */
    public static Narrowed notInstanceOf(List<String> classes) {
        return new Narrowed(false, List.of(), classes);
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
        List<String> excluded = a.excluded.stream().filter(b.excluded::contains).toList();
        return notNone || !classes.isEmpty() || !excluded.isEmpty() ? new Narrowed(notNone, classes, excluded) : null;
    }

    /** Both facts hold: the later isinstance test is the one kept, and every failed test still counts. */
    Narrowed and(Narrowed later) {
        List<String> excluded = new ArrayList<>(this.excluded);
        later.excluded.stream().filter(c -> !excluded.contains(c)).forEach(excluded::add);
        return new Narrowed(notNone || later.notNone, later.classes.isEmpty() ? classes : later.classes, excluded);
    }
}
