package io.portalis.accel.cli;

import io.portalis.accel.opencl.OpenClDevices;
import picocli.CommandLine.Option;

/** Which OpenCL device the GPU path may use: {@code --device N}, {@code --opencl-cpu}. */
final class DeviceOptions {
    @Option(names = "--device", paramLabel = "N",
            description = "Use OpenCL device N of the 'devices' listing (default: the first GPU, then accelerator; "
                    + "env PORTALIS_OPENCL_DEVICE).")
    Integer device;

    @Option(names = "--opencl-cpu",
            description = "Let the GPU path run on a CPU OpenCL device such as POCL (env PORTALIS_OPENCL_CPU=1); "
                    + "without it a CPU device never counts as a GPU.")
    boolean openclCpu;

    OpenClDevices.Choice choice() {
        return OpenClDevices.Choice.of(device, openclCpu);
    }
}
