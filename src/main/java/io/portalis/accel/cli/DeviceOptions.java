package io.portalis.accel.cli;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.opencl.OpenClDevices;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which OpenCL device the GPU path may use: {@code --device N}, {@code --opencl-cpu}. A device index
 * that is not a number ({@code PORTALIS_OPENCL_DEVICE=abc}) or names no device is a usage error.
 */
final class DeviceOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--device", paramLabel = "N",
            description = "Use OpenCL device N of the 'devices' listing (default: the first GPU, then accelerator; "
                    + "env PORTALIS_OPENCL_DEVICE). A device that does not exist is a usage error.")
    Integer device;

    @Option(names = "--opencl-cpu",
            description = "Let the GPU path run on a CPU OpenCL device such as POCL (env PORTALIS_OPENCL_CPU=1); "
                    + "without it a CPU device never counts as a GPU.")
    boolean openclCpu;

    /**
     * The device rule from the options, else the environment.
     *
     * @throws CommandLine.ParameterException when the index is negative or the environment's is no number
     */
    OpenClDevices.Choice choice() {
        OpenClDevices.Choice c;
        try {
            c = OpenClDevices.Choice.of(device, openclCpu);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine(), e.getMessage());
        }
        if (c.index() != null && c.index() < 0) {
            throw new CommandLine.ParameterException(commandLine(), indexSource() + " must be a device index "
                    + "(0 or more), got " + c.index());
        }
        return c;
    }

    /**
     * Fails with a usage error when a device index was asked for and the probe lists no such device.
     */
    void requireListed(GpuProbeResult probed) {
        OpenClDevices.Choice c = choice();
        if (c.index() == null || c.index() < probed.devices().size()) {
            return;
        }
        String listing = probed.devices().isEmpty()
                ? "there is no OpenCL device" + (probed instanceof GpuProbeResult.Unavailable u
                        ? " (" + u.code() + ": " + u.reason() + ")" : "")
                : "there are " + probed.devices().size() + " (0.." + (probed.devices().size() - 1)
                        + "; see 'portalis-accel devices')";
        throw new CommandLine.ParameterException(commandLine(), indexSource() + " " + c.index()
                + ": no such OpenCL device; " + listing);
    }

    private String indexSource() {
        return device != null ? "--device" : "PORTALIS_OPENCL_DEVICE";
    }

    private CommandLine commandLine() {
        return mixee.commandLine();
    }
}
