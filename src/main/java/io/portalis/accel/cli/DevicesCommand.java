package io.portalis.accel.cli;

import io.portalis.accel.hardware.GpuDevice;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.report.ReportJson;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.SystemLoad;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code portalis-accel devices}: what the machine offers, and every OpenCL device or exactly why there is none. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Shows the detected hardware (CPU cores, SIMD flags, memory, load) and every OpenCL platform "
                + "and device, or exactly why there is none.")
final class DevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (snake_case) instead of text.")
    boolean json;

    @picocli.CommandLine.Mixin
    DeviceOptions deviceOptions = new DeviceOptions();

    @Override
    public Integer call() {
        HardwareProbe probe = new HardwareProbe(); // first: its CPU-load window spans the OpenCL scan
        GpuProbeResult gpu = new io.portalis.accel.transpile.GpuBackend(deviceOptions.choice()).probe().probe();
        HardwareCapabilities hw = probe.capabilities(gpu);
        SystemLoad load = probe.sampleLoad(gpu);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ReportJson.toJson(asJson(probe.cpuName(), hw, load, gpu)));
        } else {
            printText(out, probe.cpuName(), hw, load, gpu);
        }
        out.flush();
        if (out.checkError()) {
            java.io.IOException e = StdoutStream.firstError();
            throw new RunFailedException("cannot print to standard output: "
                    + (e == null ? "the write failed" : e.getMessage()), e);
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(String cpuName, HardwareCapabilities hw, SystemLoad load, GpuProbeResult gpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu_name", cpuName);
        m.put("hardware", hw);
        m.put("system_load", load);
        Map<String, Object> cl = new LinkedHashMap<>();
        cl.put("available", gpu instanceof GpuProbeResult.Available);
        if (gpu instanceof GpuProbeResult.Available a) {
            cl.put("selected", a.selected());
        } else if (gpu instanceof GpuProbeResult.Unavailable u) {
            cl.put("code", u.code());
            cl.put("reason", u.reason());
        }
        cl.put("devices", gpu.devices());
        m.put("opencl", cl);
        return m;
    }

    private static void printText(PrintWriter out, String cpuName, HardwareCapabilities hw, SystemLoad load, GpuProbeResult gpu) {
        out.printf(Locale.ROOT, "CPU       %s%n", cpuName);
        out.printf(Locale.ROOT, "  cores   %d logical%n", hw.cpuCores());
        out.printf(Locale.ROOT, "  SIMD    %s%n", hw.cpuSimdSupport().isEmpty() ? "(none reported)" : String.join(" ", hw.cpuSimdSupport()));
        out.printf(Locale.ROOT, "  load    %s%n", load.cpuUtilization() == null ? "unknown"
                : String.format(Locale.ROOT, "%.1f%%", load.cpuUtilization() * 100));
        out.printf(Locale.ROOT, "Memory    %s total, %s available%n", gib(hw.systemMemoryBytes()), gib(load.memoryAvailableBytes()));
        if (gpu instanceof GpuProbeResult.Unavailable u) {
            out.printf(Locale.ROOT, "OpenCL    no usable device (%s): %s%n", u.code(), u.reason());
        } else {
            out.printf(Locale.ROOT, "OpenCL    %d device(s); * marks the one the GPU path uses%n", gpu.devices().size());
        }
        List<GpuDevice> devices = new ArrayList<>(gpu.devices());
        int selected = gpu instanceof GpuProbeResult.Available a ? a.selected() : -1;
        for (int i = 0; i < devices.size(); i++) {
            GpuDevice d = devices.get(i);
            out.printf(Locale.ROOT, "  %s[%d] %s (%s, %s)%n", i == selected ? "*" : " ", i, d.name(), d.vendor(), d.type());
            out.printf(Locale.ROOT, "        platform %s, driver %s%n", d.platform(), d.driverVersion());
            out.printf(Locale.ROOT, "        %s global, %s max allocation, %d compute units, free %s%n",
                    gib(d.globalMemoryBytes()), gib(d.maxAllocationBytes()), d.computeUnits(),
                    d.freeMemoryBytes() == null ? "unknown" : gib(d.freeMemoryBytes()));
        }
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
