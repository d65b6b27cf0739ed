package io.portalis.accel.rust;

import java.util.List;

/**
 * A Rust expression as the translator builds it; {@link RustPrinter} lays it out the way
 * rustfmt would. Operands that need parentheses are wrapped in {@link Paren} by the builder.
 */
sealed interface RExpr {

    /** Text that is never broken: a name, a literal, a path. */
    record Atom(String text) implements RExpr {}

    /** {@code callee(args)}. */
    record Call(String callee, List<RExpr> args) implements RExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code name!(args)} or {@code name![args]}; {@code format} marks format-like macros. */
    record Macro(String name, List<RExpr> args, boolean brackets, boolean format) implements RExpr {
        public Macro {
            args = List.copyOf(args);
        }
    }

    /** {@code receiver.name(args)}. */
    record Method(RExpr receiver, String name, List<RExpr> args) implements RExpr {
        public Method {
            receiver = RExpr.receiver(receiver);
            args = List.copyOf(args);
        }
    }

    /** {@code receiver.field} (a tuple index, or the handle's {@code .0}). */
    record Field(RExpr receiver, String name) implements RExpr {
        public Field {
            receiver = RExpr.receiver(receiver);
        }
    }

    /**
     * A fallible value: {@code inner?}, or, inside a {@code try:} body whose handlers must see
     * the exception, {@code attempt!(inner, 'label)}.
     */
    record Try(RExpr inner, String label) implements RExpr {}

    /**
     * A binary operator. An operand that is itself a binary operator binding more loosely than
     * {@code op} in Rust is parenthesised here, once for every builder: {@code (a || b) && c},
     * never {@code a || b && c}, which Rust reads as {@code a || (b && c)}. A left operand that
     * is an {@code if} or a block is parenthesised too.
     */
    record Binary(RExpr left, String op, RExpr right) implements RExpr {
        public Binary {
            int p = precedence(op);
            if (left instanceof Binary b && precedence(b.op()) < p) {
                left = new Paren(left);
            }
            if (left instanceof If || left instanceof Block) {
                // where a statement may start (a block's tail), Rust reads `if .. {} else {} + x`
                // as the if statement followed by `+ x`
                left = new Paren(left);
            }
            if (right instanceof Binary b && precedence(b.op()) < p) {
                right = new Paren(right);
            }
        }

        /** Rust's binding strength of a binary operator (higher binds tighter); 0 for a range. */
        static int precedence(String op) {
            return switch (op) {
                case "*", "/", "%" -> 10;
                case "+", "-" -> 9;
                case "<<", ">>" -> 8;
                case "&" -> 7;
                case "^" -> 6;
                case "|" -> 5;
                case "==", "!=", "<", ">", "<=", ">=" -> 4;
                case "&&" -> 3;
                case "||" -> 2;
                default -> 0;
            };
        }
    }

    /**
     * A prefix operator: {@code -}, {@code !}, {@code &}, {@code *}. A prefix operator binds
     * tighter than any binary operator, {@code as}, {@code if} or a range, so such an operand is
     * parenthesised here, once for every builder: {@code &(a + b)}, never {@code &a + b}.
     */
    record Unary(String op, RExpr operand) implements RExpr {
        public Unary {
            if (operand instanceof Binary || operand instanceof Cast) {
                operand = new Paren(operand);
            }
        }
    }

    record Cast(RExpr operand, String type) implements RExpr {}

    record Paren(RExpr inner) implements RExpr {}

    record Tuple(List<RExpr> elems) implements RExpr {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /**
     * A block expression: statements then a tail value. The label is a lifetime
     * ({@code 'try1}), a keyword prefix ({@code async move}), or null.
     */
    record Block(String label, List<RStmt> stmts, RExpr tail) implements RExpr {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    record If(RExpr cond, RExpr then, RExpr otherwise) implements RExpr {}

    /** A closure {@code head { body }}; {@code head} is {@code move |params| -> ret}. */
    record Closure(String head, List<RStmt> body) implements RExpr {
        public Closure {
            body = List.copyOf(body);
        }
    }

    /** Text decided at print time (null: nothing). */
    record Lazy(java.util.function.Supplier<String> text) implements RExpr {}

    static RExpr atom(String text) {
        return new Atom(text);
    }

    static RExpr call(String callee, RExpr... args) {
        return new Call(callee, List.of(args));
    }

    static RExpr method(RExpr receiver, String name, RExpr... args) {
        return new Method(receiver(receiver), name, List.of(args));
    }

    /** A receiver of a method call or field access: operators need parentheses. */
    static RExpr receiver(RExpr e) {
        if (e instanceof Binary || e instanceof Unary || e instanceof Cast || e instanceof If || e instanceof Block
                || (e instanceof Atom a && a.text().startsWith("-"))) {
            return new Paren(e);
        }
        return e;
    }
}
