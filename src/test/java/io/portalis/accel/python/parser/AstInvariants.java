package io.portalis.accel.python.parser;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Structural invariants of a lex and a parse; each check returns the violations it found (empty: none). */
final class AstInvariants {
    private AstInvariants() {}

    /** Token spans lie inside the source and never go backwards. */
    static List<String> tokens(LexResult lexed) {
        List<String> problems = new ArrayList<>();
        int length = lexed.source().length;
        int prevEnd = 0;
        for (int i = 0; i < lexed.tokens().size() && problems.size() < 5; i++) {
            Token t = lexed.tokens().get(i);
            if (t.start() < 0 || t.end() < t.start() || t.end() > length) {
                problems.add("token " + i + " " + t + " lies outside the source (length " + length + ")");
            } else if (t.start() < prevEnd) {
                problems.add("token " + i + " " + t + " starts before the previous token ends (" + prevEnd + ")");
            }
            prevEnd = Math.max(prevEnd, t.end());
        }
        return problems;
    }

    /** Every node's span lies inside the source and encloses the spans of its children. */
    static List<String> spans(Node root, int length) {
        List<String> problems = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && problems.size() < 5) {
            Node n = todo.pop();
            if (n.start() < 0 || n.end() < n.start() || n.end() > length) {
                problems.add(name(n) + " span " + n.start() + ".." + n.end() + " is outside the source (length " + length + ")");
            }
            for (Node c : NodeChildren.of(n)) {
                if (c.start() < n.start() || c.end() > n.end()) {
                    problems.add(name(c) + " " + c.start() + ".." + c.end() + " is not inside its parent " + name(n) + " "
                            + n.start() + ".." + n.end());
                }
                todo.push(c);
            }
        }
        return problems;
    }

    private static String name(Node n) {
        return n.getClass().getSimpleName();
    }
}
