package io.portalis.accel.bench;

import io.portalis.accel.hardware.GpuProbe;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.opencl.OpenClDevices;
import io.portalis.accel.opencl.OpenClGpuProbe;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.SystemLoad;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the hardware snapshot a run takes once, in a fresh JVM each time (one cold call per
 * fork, as in a real run): the OpenCL device scan (JOCL loading libOpenCL, every platform and
 * device; CPU devices such as POCL allowed), OSHI's cores, memory and SIMD flags, and the load
 * sample the strategy manager takes before selecting (which no longer sleeps: it reads the CPU-load
 * window that the probe opened when it was made, see {@link io.portalis.accel.hardware.CpuLoadWindow}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-Dportalis.log.level=ERROR")
public class HardwareProbeBenchmark {
    private static final GpuProbe NO_GPU = GpuProbe.withoutBackend("benchmark: CPU probe only");

    @Benchmark
    public GpuProbeResult probeOpenClCold() {
        return new OpenClGpuProbe(new OpenClDevices.Choice(null, true)).probe();
    }

    @Benchmark
    public HardwareCapabilities probeCapabilitiesCold() {
        GpuProbeResult gpu = NO_GPU.probe();
        return new HardwareProbe().capabilities(gpu);
    }

    @Benchmark
    public SystemLoad probeAndSampleLoadCold() {
        GpuProbeResult gpu = NO_GPU.probe();
        HardwareProbe probe = new HardwareProbe();
        probe.capabilities(gpu);
        return probe.sampleLoad(gpu);
    }
}
