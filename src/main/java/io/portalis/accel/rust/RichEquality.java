package io.portalis.accel.rust;

import java.util.List;
import java.util.function.Function;

/**
 * {@code ==} between objects of a class hierarchy with its own {@code __eq__}, in CPython's
 * order: when the right operand's class derives (strictly) from the left operand's, its
 * reflected method ({@code __eq__} again) runs first, with the operands swapped. The method is
 * the same one (a hierarchy defines {@code __eq__} once), so only the order of its arguments
 * changes, which shows where it prints or is not symmetric.
 */
final class RichEquality {
    private RichEquality() {}

    /**
     * {@code rich_eq} (the operator, after the swap) and {@code derives_strictly_from} of the
     * hierarchy's struct {@code name}; {@code call} calls the user's {@code __eq__} on {@code self}.
     */
    static void emit(RustPrinter p, String name, List<ClassInfo> family, Function<ClassInfo, String> tag, String call) {
        p.line(0, "impl " + name + " {");
        p.line(4, "fn rich_eq(&self, other: &Self) -> py::PyResult<bool> {");
        p.line(8, "if other.derives_strictly_from(self) {");
        p.line(12, "return other.rich_eq_own(self);");
        p.line(8, "}");
        p.line(8, "self.rich_eq_own(other)");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn rich_eq_own(&self, other: &Self) -> py::PyResult<bool> {");
        p.line(8, "match self.class() {");
        for (ClassInfo c : family) {
            p.line(12, tag.apply(c) + " => " + (Dunders.userDefined(c, "__eq__") != null ? call : "Ok(false)") + ",");
        }
        p.line(8, "}");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn derives_strictly_from(&self, other: &Self) -> bool {");
        p.line(8, "match (self.class(), other.class()) {");
        for (ClassInfo sub : family) {
            for (ClassInfo base = sub.base(); base != null; base = base.base()) {
                p.line(12, "(" + tag.apply(sub) + ", " + tag.apply(base) + ") => true,");
            }
        }
        p.line(12, "_ => false,");
        p.line(8, "}");
        p.line(4, "}");
        p.line(0, "}");
        p.blank();
    }

    /** Whether {@code ==} between these classes goes through {@code rich_eq}: one hierarchy of several classes with its own __eq__. */
    static boolean applies(ClassInfo l, ClassInfo r) {
        return l != null && r != null && l.root() == r.root() && l.root().family().size() > 1
                && l.root().family().stream().anyMatch(k -> k.methods().containsKey("__eq__"));
    }
}
