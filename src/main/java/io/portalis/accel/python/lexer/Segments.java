package io.portalis.accel.python.lexer;

import java.util.Arrays;

/**
 * What the automaton gives for one file: the start offset and raw kind ({@link Marks}) of each
 * segment, in order, and the state the automaton ended in. A segment ends where the next starts
 * (the last one at the end of the file). Both lexer engines produce this; {@link TokenAssembler}
 * turns it into tokens.
 *
 * @param starts     segment start offsets (the first {@code count} entries are used)
 * @param kinds      raw kinds, parallel to {@code starts}
 * @param count      number of segments
 * @param finalState the automaton state after the last byte
 */
public record Segments(int[] starts, byte[] kinds, int count, int finalState) {

    /** Collects segments as the automaton marks them. */
    public static final class Builder {
        int[] starts;
        byte[] kinds;
        int count;

        public Builder(int expected) {
            int cap = Math.max(16, expected);
            starts = new int[cap];
            kinds = new byte[cap];
        }

        void grow() {
            int cap = starts.length * 2;
            starts = Arrays.copyOf(starts, cap);
            kinds = Arrays.copyOf(kinds, cap);
        }

        public void add(int start, byte kind) {
            if (count == starts.length) {
                grow();
            }
            starts[count] = start;
            kinds[count] = kind;
            count++;
        }

        public Segments build(int finalState) {
            return new Segments(starts, kinds, count, finalState);
        }
    }
}
