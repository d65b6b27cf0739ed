package io.portalis.accel.python.parser;

import java.util.Arrays;

/** A small growable list of ints, reused to avoid boxing. */
final class IntBag {
    private int[] items = new int[4];
    private int size;

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    void clear() {
        size = 0;
    }

    boolean contains(int v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                return true;
            }
        }
        return false;
    }
}
