package io.portalis.accel.python.ast;

import java.util.List;

/** The direct child nodes of a node, in field order (None entries skipped). */
public final class NodeChildren {
    private NodeChildren() {}

    /** A new list of {@code node}'s direct children (the caller may change it). */
    public static List<Node> of(Node node) {
        return node.accept(NodeChildVisitor.INSTANCE);
    }
}
