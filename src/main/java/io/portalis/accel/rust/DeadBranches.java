package io.portalis.accel.rust;

import java.util.List;

/**
 * The branches of an {@code if} whose test the translation settles to a constant: an {@code isinstance}
 * test of a value whose type the instance knows ({@code isinstance(x, str)} where this instance of a
 * function takes an int), or {@code not} such a test. CPython evaluates the test to the same value on
 * every run, with nothing else done, so a branch whose test is false never runs and is not translated
 * (it may do what the value's type cannot, as CPython would never try), and a branch whose test is
 * true leaves the rest of the chain unreachable.
 */
final class DeadBranches {
    private DeadBranches() {}

    /** The test's constant value, or null when the Rust test is not a constant. */
    static Boolean constant(RExpr test) {
        if (test instanceof RExpr.Atom a && (a.text().equals("true") || a.text().equals("false"))) {
            return a.text().equals("true");
        }
        if (test instanceof RExpr.Paren p) {
            return constant(p.inner());
        }
        if (test instanceof RExpr.Unary u && u.op().equals("!")) {
            Boolean inner = constant(u.operand());
            return inner == null ? null : !inner;
        }
        if (test instanceof RExpr.Binary b && (b.op().equals("||") || b.op().equals("&&"))) {
            Boolean l = constant(b.left());
            Boolean r = constant(b.right());
            return l == null || r == null ? null : b.op().equals("||") ? l || r : l && r;
        }
        return null;
    }

    /** The statement for the branches kept: a block where only an unconditional one is left; null for none. */
    static RStmt statement(List<RStmt.Branch> branches) {
        if (branches.size() == 1 && branches.get(0).cond() == null && branches.get(0).pattern() == null) {
            return new RStmt.Scope(branches.get(0).body());
        }
        if (branches.isEmpty()) {
            return null; // no branch runs
        }
        return new RStmt.If(branches);
    }
}
