package io.portalis.accel.strategy;

/**
 * Fits a {@link UnitRate} to the calls observed in one run by least squares on (bytes, nanos).
 * Thread-safe: workers add their samples as they finish.
 */
final class RateFit {
    private long n;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;

    synchronized void add(long bytes, long nanos) {
        if (bytes < 0 || nanos < 0) {
            return;
        }
        double x = bytes;
        double y = nanos;
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }

    synchronized long samples() {
        return n;
    }

    /**
     * The rate these samples show, {@code null} with none. With at least four calls of clearly
     * different sizes both figures come from the fit; otherwise (or when the fit gives a negative
     * figure) the fixed cost is taken from {@code prior} (0 without one, never more than the mean
     * call) and the per-byte cost is what remains.
     */
    synchronized UnitRate fit(UnitRate prior) {
        if (n == 0) {
            return null;
        }
        if (n >= 4) {
            double denom = n * sxx - sx * sx;
            if (denom > 1e-6 * n * sxx) {
                double slope = (n * sxy - sx * sy) / denom;
                double intercept = (sy - slope * sx) / n;
                if (slope >= 0 && intercept >= 0) {
                    return new UnitRate(intercept, slope, n);
                }
            }
        }
        double meanCall = sy / n;
        if (sx <= 0) {
            return new UnitRate(meanCall, prior == null ? 0 : prior.nanosPerByte(), n);
        }
        double fixed = prior == null ? 0 : Math.min(prior.fixedNanos(), meanCall);
        return new UnitRate(fixed, Math.max(0, (sy - n * fixed) / sx), n);
    }
}
