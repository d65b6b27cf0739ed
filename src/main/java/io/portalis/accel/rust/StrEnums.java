package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code enum.StrEnum} (3.11) changes in an enum class ({@link EnumClasses}): its members'
 * values are strs, {@code auto()} gives the member's name lowercased, and a member is the str it
 * holds, so {@code str()}, {@code format()} and f-strings give the value, it equals and orders as
 * that str and hashes as it.
 */
final class StrEnums {
    private StrEnums() {
    }

    /** A StrEnum member's value: a str literal, or {@code auto()}'s lowercased name. */
    static String value(String name, Expr e, Set<String> imported) {
        if (e instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("auto") && imported.contains("auto")) {
            if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
                throw Unsupported.type("auto() takes no arguments", call);
            }
            if (!name.chars().allMatch(ch -> ch < 128)) {
                throw Unsupported.construct("auto() of a StrEnum member whose name is not ASCII", call);
            }
            return name.toLowerCase(Locale.ROOT);
        }
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s) {
            return s.value();
        }
        throw Unsupported.type("StrEnum member with a value other than a str literal or auto() (TypeError: "
                + "values must be strings)", e);
    }
}
