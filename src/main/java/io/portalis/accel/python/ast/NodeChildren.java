package io.portalis.accel.python.ast;

import java.util.ArrayList;
import java.util.List;

/** The direct child nodes of a node, in field order (None entries skipped). */
public final class NodeChildren {
    private NodeChildren() {}

    public static List<Node> of(Node node) {
        NodeFields.Shape shape = node.accept(NodeFields.INSTANCE);
        List<Node> out = new ArrayList<>();
        for (Object v : shape.values()) {
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
