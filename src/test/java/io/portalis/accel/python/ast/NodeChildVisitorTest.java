package io.portalis.accel.python.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeChildren#of} reads children through the generated {@link NodeChildVisitor}; they must be
 * exactly the children the reflective {@link NodeFields} view gives (every Node value and every Node in
 * a list value, in field order), for every node of every program the project translates in its tests.
 */
class NodeChildVisitorTest {
    @Test
    void sameChildrenAsTheReflectiveViewOnEveryTestProgram() throws IOException {
        long nodes = 0;
        for (Path dir : List.of(Path.of("src/test/resources/rust-diff"), Path.of("src/test/resources/mypy-strict"),
                Path.of("examples"), Path.of("src/test/resources/golden"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
            for (Path f : files) {
                ParseResult parsed = PythonParser.parse(CpuLexer.lex(Files.readAllBytes(f)));
                if (!parsed.ok()) {
                    continue;
                }
                Deque<Node> todo = new ArrayDeque<>(List.of(parsed.module()));
                while (!todo.isEmpty()) {
                    Node n = todo.pop();
                    List<Node> children = NodeChildren.of(n);
                    assertEquals(reflective(n), children, () -> f + ": children of " + n.getClass().getSimpleName());
                    children.forEach(todo::push);
                    nodes++;
                }
            }
        }
        assertTrue(nodes > 10_000, "too few nodes compared: " + nodes);
    }

    private static List<Node> reflective(Node node) {
        List<Node> out = new ArrayList<>();
        for (Object v : node.accept(NodeFields.INSTANCE).values()) {
            if (v instanceof Node n) {
                out.add(n);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node n) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }
}
