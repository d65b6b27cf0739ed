package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import java.util.List;

/**
 * Reads and writes of a property ({@code @property}, {@code @x.setter}): {@code obj.x} calls the
 * getter, {@code obj.x = v} the setter; a property without a setter raises CPython 3.11's
 * {@code AttributeError: property 'x' of 'C' object has no setter}, naming the object's class.
 */
final class PropertyAccess {
    private PropertyAccess() {}

    /** {@code obj.x}: the getter's call (no narrowing: each read runs the getter again). */
    static FunctionTranslator.Val read(FunctionTranslator ft, FunctionTranslator.Val obj, ClassInfo k, String name) {
        FunctionSig getter = k.signature(name);
        return new FunctionTranslator.Val(ft.tryOf(RExpr.method(obj.code(), ClassEmitter.methodName(name))), getter.returns(),
                FunctionTranslator.Kind.OWNED);
    }

    /** The type a write to the property stores (its getter's). */
    static PyType type(ClassInfo k, String name) {
        return k.signature(name).returns();
    }

    /** {@code obj.x = v}: the setter's call, or the AttributeError of a property without one. */
    static RStmt write(FunctionTranslator ft, RExpr obj, ClassInfo k, String name, FunctionTranslator.Val v, Node at) {
        String key = DecoratedMethods.setterKey(name);
        if (k.resolve(key) == null) {
            if (k.family().stream().anyMatch(c -> c.resolve(key) != null)) {
                throw Unsupported.construct("assignment to property '" + name + "', which only some subclasses of "
                        + k.name() + " can set", at);
            }
            // Python evaluates the value before it finds no setter.
            ft.emit(new RStmt.Expr(ft.owned(v)));
            RExpr message = new RExpr.Macro("format", List.of(
                    new RExpr.Atom("\"property '" + name + "' of '{}' object has no setter\""),
                    RExpr.method(obj, "class_name")), false, true);
            return new RStmt.Expr(ft.tryOf(RExpr.call("py::raise::<()>", new RExpr.Atom("\"AttributeError\""), message)));
        }
        FunctionTranslator.Val value = ft.coerce(v, type(k, name), at);
        return new RStmt.Expr(ft.tryOf(RExpr.method(obj, ClassEmitter.methodName(key), ft.owned(value))));
    }
}
