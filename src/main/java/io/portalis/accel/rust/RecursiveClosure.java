package io.portalis.accel.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * A nested function that calls itself by its own name ({@code def walk(node): ... walk(child)}).
 * Python looks the name up in the enclosing function each call; the function is bound to it once
 * (a second binding of the name stays refused), so each call reaches the closure itself. A Rust
 * closure cannot name itself, so it holds a cell that is filled with a weak handle to the finished
 * {@code Rc<dyn Fn>} right after it is made, and each call takes the strong handle out of it
 * first. The handle is weak so the function and its cell do not keep each other alive.
 */
final class RecursiveClosure {
    private final Local self;
    private final String cell;
    private boolean used;

    private RecursiveClosure(Local self, String cell) {
        this.self = self;
        this.cell = cell;
    }

    /** Names made in {@code ft} before its child translator exists (they share one counter). */
    static RecursiveClosure prepare(FunctionTranslator ft, String name, PyType.FuncT type) {
        String base = name.replaceAll("^_+", "");
        Local self = new Local(name, ft.freshName(base + "_itself"), type);
        self.assigned();
        return new RecursiveClosure(self, ft.freshName(base + "_cell"));
    }

    /** The local the body reads for its own name (the child translator asks once it is looked up). */
    Local itself() {
        used = true;
        return self;
    }

    boolean used() {
        return used;
    }

    /** The body with the strong handle taken out of the cell first. */
    List<RStmt> body(List<RStmt> body) {
        List<RStmt> all = new ArrayList<>();
        RExpr strong = RExpr.method(RExpr.method(RExpr.method(new RExpr.Atom(cell), "get"), "and_then",
                new RExpr.Atom("std::rc::Weak::upgrade")), "expect", new RExpr.Atom("\"alive while called\""));
        all.add(new RStmt.Let(self, true, strong));
        all.addAll(body);
        return all;
    }

    /** {@code let cell: Rc<OnceCell<Weak<dyn Fn..>>> = ...;} before the closure is made. */
    RStmt cellLet() {
        Local l = new Local("", cell, new PyType.Prim("closure cell", "_", false));
        l.assigned();
        // Its item type comes from the set() below and the typed read in the body.
        return new RStmt.Let(l, false, new RExpr.Atom("Rc::new(std::cell::OnceCell::new())"));
    }

    /** The closure's own copy of the cell handle. */
    RStmt cellCopy() {
        Local l = new Local("", cell, new PyType.Prim("closure cell", "_", false));
        l.assigned();
        return new RStmt.Let(l, false, RExpr.method(new RExpr.Atom(cell), "clone"));
    }

    /** Fills the cell with the function bound to {@code fn}. */
    RStmt fill(Local fn) {
        return new RStmt.Expr(RExpr.method(RExpr.method(new RExpr.Atom(cell), "set",
                new RExpr.Atom("Rc::downgrade(&" + fn.rust() + ")")), "ok"));
    }
}
