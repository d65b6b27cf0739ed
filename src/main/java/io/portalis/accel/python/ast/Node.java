package io.portalis.accel.python.ast;

/**
 * Every node of the tree: its byte span in the source ({@code start} inclusive, {@code end}
 * exclusive) and a visitor entry. Nodes CPython gives no position (arguments, comprehension,
 * withitem, match_case) still carry the span of the text they were read from.
 */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, Comprehension, ExceptHandler, Arguments, Arg, Keyword,
        Alias, WithItem, MatchCase, TypeIgnore {
    int start();

    int end();

    <R> R accept(AstVisitor<R> visitor);
}
