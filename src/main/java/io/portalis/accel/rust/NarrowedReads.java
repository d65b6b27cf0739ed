package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.semantics.Narrowed;
import io.portalis.accel.python.semantics.NarrowingFacts;

/**
 * Lowers a read of a name or member access path the check stage narrowed ({@link NarrowingFacts}):
 * an {@code Optional[T]} proved not None is read as its {@code T} (the unwrap cannot fail: the
 * fact holds on every path to the read), and an instance an {@code isinstance} test placed in a
 * subclass has that subclass's type (one Rust type serves a whole class family, so only the type
 * changes). The back end decides nothing here; it only follows the facts.
 */
final class NarrowedReads {
    private final NarrowingFacts facts;
    private final ModuleScope module;

    NarrowedReads(NarrowingFacts facts, ModuleScope module) {
        this.facts = facts;
        this.module = module;
    }

    /** The value read at {@code read}, as narrowed as the facts allow. */
    FunctionTranslator.Val apply(Expr read, FunctionTranslator.Val v) {
        Narrowed n = facts == null ? null : facts.at(read);
        if (n == null || v.type() == null) {
            return v;
        }
        if (n.notNone() && v.type() instanceof PyType.OptionalT o) {
            RExpr code = v.kind() == FunctionTranslator.Kind.PLACE
                    ? (o.inner().copy() ? RExpr.method(v.code(), "unwrap")
                            : RExpr.method(RExpr.method(v.code(), "clone"), "unwrap"))
                    : RExpr.method(FunctionTranslator.paren(v.code()), "unwrap");
            v = new FunctionTranslator.Val(code, o.inner(), FunctionTranslator.Kind.OWNED);
        }
        if (v.type() instanceof PyType.UnionT) {
            v = UnionValues.narrow(v, n, module);
        }
        if (!n.classes().isEmpty() && v.type() instanceof PyType.ClassT ct) {
            ClassInfo narrowed = commonClass(n);
            if (narrowed != null && narrowed != ct.info() && narrowed.isSubclassOf(ct.info())) {
                v = new FunctionTranslator.Val(v.code(), new PyType.ClassT(narrowed), v.kind());
            }
        }
        return v;
    }

    /** The nearest class every tested class derives from; null when one is no class of the module. */
    private ClassInfo commonClass(Narrowed n) {
        ClassInfo common = null;
        for (String name : n.classes()) {
            ClassInfo k = module.classOf(name);
            if (k == null) {
                return null;
            }
            if (common == null) {
                common = k;
            } else {
                while (common != null && !k.isSubclassOf(common)) {
                    common = common.base();
                }
                if (common == null) {
                    return null;
                }
            }
        }
        return common;
    }
}
