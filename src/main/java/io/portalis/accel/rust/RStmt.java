package io.portalis.accel.rust;

import java.util.List;

/** A Rust statement as the translator builds it; {@link RustPrinter} prints it. */
sealed interface RStmt {

    /** {@code let [mut] name[: type] [= value];} — mutability and type are read at print time. */
    record Let(Local local, boolean typed, RExpr value) implements RStmt {}

    /** A binding pattern, rendered at print time (when {@code mut} is known). */
    interface Pat {
        String render();
    }

    /** {@code let pattern = value;} for destructuring. */
    record LetPattern(Pat pattern, RExpr value) implements RStmt {}

    /** {@code let Some(name) = value else { ... };}. */
    record LetElse(Pat pattern, RExpr value, List<RStmt> otherwise) implements RStmt {
        public LetElse {
            otherwise = List.copyOf(otherwise);
        }
    }

    record Expr(RExpr expr) implements RStmt {}

    /** A block's tail value: an expression without a semicolon. */
    record Tail(RExpr expr) implements RStmt {}

    /** {@code target op value;} with {@code op} one of {@code =}, {@code +=}, .... */
    record Assign(RExpr target, String op, RExpr value) implements RStmt {}

    /**
     * One {@code if}/{@code else if} arm; a null condition is the final {@code else}. With a
     * pattern, the arm is {@code if let pattern = cond}.
     */
    record Branch(RExpr cond, Pat pattern, List<RStmt> body) {
        public Branch {
            body = List.copyOf(body);
        }

        public Branch(RExpr cond, List<RStmt> body) {
            this(cond, null, body);
        }
    }

    record If(List<Branch> branches) implements RStmt {
        public If {
            branches = List.copyOf(branches);
        }
    }

    /** {@code while cond}, or {@code while let pattern = cond} when a pattern is given. */
    record While(String label, RExpr cond, Pat pattern, List<RStmt> body) implements RStmt {
        public While {
            body = List.copyOf(body);
        }

        public While(String label, RExpr cond, List<RStmt> body) {
            this(label, cond, null, body);
        }
    }

    record Loop(String label, List<RStmt> body) implements RStmt {
        public Loop {
            body = List.copyOf(body);
        }
    }

    record For(String label, Pat pattern, RExpr iter, List<RStmt> body) implements RStmt {
        public For {
            body = List.copyOf(body);
        }
    }

    /** A plain block {@code { ... }}. */
    record Scope(List<RStmt> body) implements RStmt {
        public Scope {
            body = List.copyOf(body);
        }
    }

    /** {@code return value;}, {@code break 'label value;}, {@code continue 'label;}: a keyword line. */
    record Jump(String keyword, String label, RExpr value) implements RStmt {}

    record Comment(String text) implements RStmt {}

    record Arm(String pattern, List<RStmt> body) {
        public Arm {
            body = List.copyOf(body);
        }
    }

    record Match(RExpr scrutinee, List<Arm> arms) implements RStmt {
        public Match {
            arms = List.copyOf(arms);
        }
    }
}
