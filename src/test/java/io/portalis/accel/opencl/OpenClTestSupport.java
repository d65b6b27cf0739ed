package io.portalis.accel.opencl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finds an OpenCL device for a test (CPU devices allowed, as CI's PORTALIS_OPENCL_CPU=1), or skips it. */
public final class OpenClTestSupport {
    private OpenClTestSupport() {}

    public static OpenClDevice deviceOrSkip() {
        OpenClDevices.Scan scan = OpenClDevices.scan();
        assumeTrue(scan instanceof OpenClDevices.Found, () -> "no OpenCL device: "
                + ((OpenClDevices.NotFound) scan).reason());
        OpenClDevices.Selection sel = OpenClDevices.choose(((OpenClDevices.Found) scan).devices(),
                new OpenClDevices.Choice(null, true));
        assumeTrue(sel instanceof OpenClDevices.Selected, () -> "no usable OpenCL device: "
                + ((OpenClDevices.Refused) sel).reason());
        return ((OpenClDevices.Selected) sel).device();
    }
}
