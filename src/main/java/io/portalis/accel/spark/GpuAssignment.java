package io.portalis.accel.spark;

import io.portalis.accel.opencl.OpenClDevices;
import java.util.List;
import java.util.Map;

/**
 * Which OpenCL device a Spark task opens. Spark's resource scheduling gives each task the addresses
 * of its {@code gpu} resource ({@code TaskContext.resources()}, filled from the executor's discovery
 * script, e.g. {@code bin/spark-gpu-discovery.sh}); address N is device N of the
 * {@code portalis-accel devices} listing on that executor. Without an assigned GPU a task uses the
 * device named by {@code --device} / {@code PORTALIS_OPENCL_DEVICE} when one is named, and otherwise
 * none: its GPU work falls back to (or, with {@code auto}, is planned on) the CPU.
 */
public final class GpuAssignment {
    /** The name of the resource Spark schedules GPUs under. */
    public static final String GPU_RESOURCE = "gpu";

    private GpuAssignment() {}

    /** The device choice, or {@code null} when the task has no GPU. */
    public record Decision(OpenClDevices.Choice choice, String address, String reason) {}

    /**
     * @param resources the task's resources as {@code TaskContext.resources()} gives them: name →
     *                  addresses (in Spark's order; a task asking for one GPU gets one address)
     * @param settings  the task settings ({@code --device}, {@code --opencl-cpu})
     */
    public static Decision decide(Map<String, List<String>> resources, TaskSettings settings) {
        List<String> addresses = resources.getOrDefault(GPU_RESOURCE, List.of());
        if (!addresses.isEmpty()) {
            String address = addresses.get(0);
            int index;
            try {
                index = Integer.parseInt(address.trim());
            } catch (NumberFormatException e) {
                return new Decision(null, address, "Spark assigned GPU address '" + address
                        + "', which is not an OpenCL device index; the discovery script must print device indices");
            }
            OpenClDevices.Choice env = OpenClDevices.Choice.of(null, settings.openclCpu());
            return new Decision(new OpenClDevices.Choice(index, env.allowCpu()), address,
                    "Spark assigned GPU address " + address);
        }
        OpenClDevices.Choice named = OpenClDevices.Choice.of(settings.device(), settings.openclCpu());
        if (named.index() != null) {
            return new Decision(named, null, "no GPU assigned by Spark; device " + named.index() + " was named");
        }
        return new Decision(null, null, "Spark assigned this task no GPU (set spark.executor.resource.gpu.amount, "
                + "spark.task.resource.gpu.amount and a discovery script), and no --device was named");
    }
}
