package io.portalis.accel.bench;

/**
 * A task of fixed CPU work with no memory traffic: {@code rounds} steps of an xorshift generator.
 * The result depends on every step, so the JIT cannot drop the loop; the same call costs the same
 * whichever executor runs it, which is what makes the executor comparison fair.
 */
final class Spin {
    private Spin() {}

    static long run(long rounds, long seed) {
        long x = seed | 1;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
