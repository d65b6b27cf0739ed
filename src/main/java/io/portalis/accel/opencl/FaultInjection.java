package io.portalis.accel.opencl;

import java.util.Locale;

/**
 * {@code --inject-gpu-fault KIND[:after=N|:after=results]}: makes the real OpenCL executor fail
 * at a chosen point, through its real failure paths, so the fallbacks can be checked.
 *
 * <ul>
 *   <li>KIND {@code oom}: a device allocation larger than the device allows (CL_INVALID_BUFFER_SIZE);
 *       {@code driver}: a kernel call with an invalid argument (CL_INVALID_ARG_INDEX);
 *       {@code unavailable}: the device reported lost (CL_DEVICE_NOT_AVAILABLE);
 *       {@code timeout}: the watchdog given an already-passed deadline on a real kernel.</li>
 *   <li>point: none or {@code after=0}: before the first upload; {@code after=N}: after N
 *       sub-batches have completed and their files were handed on (the batch is then cut into
 *       at least N+1 sub-batches, so files are left for the CPU when it fires);
 *       {@code after=results}: after every result was handed on.</li>
 * </ul>
 *
 * @param kind  what fails
 * @param after sub-batches to complete first; {@link #AFTER_RESULTS} for after all results
 */
public record FaultInjection(Kind kind, int after) implements java.io.Serializable {
    public static final int AFTER_RESULTS = Integer.MAX_VALUE;

    public enum Kind { OOM, DRIVER, UNAVAILABLE, TIMEOUT }

    public FaultInjection {
        if (after < 0) {
            throw new IllegalArgumentException("after must be >= 0");
        }
    }

    public static FaultInjection parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        String kindPart = s;
        int after = 0;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            kindPart = s.substring(0, colon);
            String point = s.substring(colon + 1);
            if (!point.startsWith("after=")) {
                throw new IllegalArgumentException("bad fault point '" + point + "': use after=N or after=results");
            }
            String v = point.substring("after=".length());
            if (v.equals("results")) {
                after = AFTER_RESULTS;
            } else {
                try {
                    after = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad fault point '" + point + "': N must be a whole number");
                }
                if (after < 0) {
                    throw new IllegalArgumentException("after=N needs N >= 0");
                }
            }
        }
        Kind kind = switch (kindPart) {
            case "oom" -> Kind.OOM;
            case "driver" -> Kind.DRIVER;
            case "unavailable" -> Kind.UNAVAILABLE;
            case "timeout" -> Kind.TIMEOUT;
            default -> throw new IllegalArgumentException("unknown fault '" + kindPart
                    + "': use oom, driver, unavailable or timeout");
        };
        return new FaultInjection(kind, after);
    }

    @Override
    public String toString() {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return after == 0 ? k : k + ":after=" + (after == AFTER_RESULTS ? "results" : Integer.toString(after));
    }
}
