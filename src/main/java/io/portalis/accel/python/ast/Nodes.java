package io.portalis.accel.python.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers the node records use to keep their lists immutable. */
final class Nodes {
    private Nodes() {}

    /** An immutable copy of a list whose elements are never null (null list: empty). */
    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /**
     * An immutable copy of a list that may hold nulls where Python holds None: the keys of a dict
     * display ({@code **mapping} entries) and the keyword-only defaults of a signature.
     */
    static <T> List<T> listWithNulls(List<T> items) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(items));
    }
}
