package io.portalis.accel.opencl;

import static org.jocl.CL.CL_DRIVER_VERSION;
import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_VENDOR;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetPlatformIDs;

import io.portalis.accel.hardware.GpuDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jocl.CLException;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Finds every OpenCL device and picks the one the GPU path runs on: a GPU, else an accelerator,
 * else (only when allowed) a CPU device; {@code --device N} / {@code PORTALIS_OPENCL_DEVICE}
 * picks one by its index in the listing.
 */
public final class OpenClDevices {
    private static final int CL_DEVICE_GLOBAL_FREE_MEMORY_AMD = 0x4039;
    private static final int CL_DEVICE_PCI_BUS_ID_NV = 0x4008;
    private static final int CL_DEVICE_PCI_DOMAIN_ID_NV = 0x400A;
    private static final int CL_PLATFORM_NOT_FOUND_KHR = -1001;

    private OpenClDevices() {}

    /** What the scan found: the devices, or why there are none. */
    public sealed interface Scan permits Found, NotFound {}

    public record Found(List<OpenClDevice> devices) implements Scan {
        public Found {
            devices = List.copyOf(devices);
        }
    }

    /**
     * @param code   {@code library_missing}, {@code library_load_failed}, {@code no_platform},
     *               {@code no_device} or {@code probe_failed}
     * @param reason the exact reason
     */
    public record NotFound(String code, String reason) implements Scan {}

    /** Every device of every platform, in platform then device order. Never throws. */
    public static Scan scan() {
        OpenClLibrary.Status lib = OpenClLibrary.load();
        if (lib instanceof OpenClLibrary.Missing m) {
            return new NotFound(m.code(), m.reason());
        }
        try {
            int[] n = new int[1];
            try {
                clGetPlatformIDs(0, null, n);
            } catch (CLException e) {
                if (e.getStatus() == CL_PLATFORM_NOT_FOUND_KHR) {
                    return new NotFound("no_platform", noPlatform());
                }
                throw e;
            }
            if (n[0] == 0) {
                return new NotFound("no_platform", noPlatform());
            }
            cl_platform_id[] platforms = new cl_platform_id[n[0]];
            clGetPlatformIDs(platforms.length, platforms, null);
            List<OpenClDevice> devices = new ArrayList<>();
            for (cl_platform_id p : platforms) {
                String platformName = ClInfo.platformString(p, CL_PLATFORM_NAME);
                int[] count = new int[1];
                try {
                    clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 0, null, count);
                } catch (CLException e) {
                    continue; // CL_DEVICE_NOT_FOUND: a platform without devices
                }
                cl_device_id[] ids = new cl_device_id[count[0]];
                clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, ids.length, ids, null);
                for (cl_device_id d : ids) {
                    devices.add(describe(devices.size(), p, platformName, d));
                }
            }
            if (devices.isEmpty()) {
                return new NotFound("no_device", "OpenCL platforms exist (" + platforms.length
                        + ") but none has a device; install the driver for your GPU");
            }
            return new Found(devices);
        } catch (CLException e) {
            return new NotFound("probe_failed", "OpenCL device query failed: " + e.getMessage());
        } catch (LinkageError e) {
            return new NotFound("library_load_failed", "OpenCL device query failed: " + e);
        }
    }

    private static String noPlatform() {
        return "the OpenCL loader found no platform (no ICD registered in /etc/OpenCL/vendors); install your "
                + "GPU's OpenCL driver, or pocl-opencl-icd for a CPU device";
    }

    private static OpenClDevice describe(int index, cl_platform_id p, String platformName, cl_device_id d) {
        OpenClDevice.DeviceType type = OpenClDevice.DeviceType.of(ClInfo.deviceLong(d, CL_DEVICE_TYPE));
        String name = ClInfo.deviceString(d, CL_DEVICE_NAME);
        String vendor = ClInfo.deviceString(d, CL_DEVICE_VENDOR);
        String extensions = ClInfo.deviceString(d, CL_DEVICE_EXTENSIONS);
        long global = ClInfo.deviceLong(d, CL_DEVICE_GLOBAL_MEM_SIZE);
        String pciBusId = null;
        if (extensions.contains("cl_nv_device_attribute_query")) {
            pciBusId = nvidiaBusId(d);
        }
        Long free = null;
        if (extensions.contains("cl_amd_device_attribute_query")) {
            free = amdFreeMemory(d);
        }
        GpuDevice info = new GpuDevice(platformName, name, vendor, type.name(),
                ClInfo.deviceString(d, CL_DRIVER_VERSION), global,
                ClInfo.deviceLong(d, CL_DEVICE_MAX_MEM_ALLOC_SIZE), ClInfo.deviceInt(d, CL_DEVICE_MAX_COMPUTE_UNITS),
                free);
        OpenClDevice device = new OpenClDevice(index, p, d, type, info, pciBusId);
        if (free == null && pciBusId != null) {
            Long nvml = Nvml.freeMemory(pciBusId);
            if (nvml != null) {
                device = new OpenClDevice(index, p, d, type, withFree(info, nvml), pciBusId);
            }
        }
        return device;
    }

    static GpuDevice withFree(GpuDevice d, Long free) {
        return new GpuDevice(d.platform(), d.name(), d.vendor(), d.type(), d.driverVersion(), d.globalMemoryBytes(),
                d.maxAllocationBytes(), d.computeUnits(), free);
    }

    /** CL_DEVICE_GLOBAL_FREE_MEMORY_AMD: free memory in KiB (first of two size_t values). */
    static Long amdFreeMemory(cl_device_id d) {
        try {
            long[] v = new long[2];
            org.jocl.CL.clGetDeviceInfo(d, CL_DEVICE_GLOBAL_FREE_MEMORY_AMD, 2L * org.jocl.Sizeof.size_t,
                    org.jocl.Pointer.to(v), null);
            return v[0] * 1024L;
        } catch (CLException e) {
            return null;
        }
    }

    private static String nvidiaBusId(cl_device_id d) {
        try {
            int bus = ClInfo.deviceInt(d, CL_DEVICE_PCI_BUS_ID_NV);
            int domain = 0;
            try {
                domain = ClInfo.deviceInt(d, CL_DEVICE_PCI_DOMAIN_ID_NV);
            } catch (CLException e) {
                // older drivers: domain 0
            }
            return String.format(Locale.ROOT, "%08x:%02x:00.0", domain, bus);
        } catch (CLException e) {
            return null;
        }
    }

    /** The rule for which device the GPU path runs on. */
    public record Choice(Integer index, boolean allowCpu) {
        /** From {@code --device}/{@code --opencl-cpu}, else {@code PORTALIS_OPENCL_DEVICE}/{@code PORTALIS_OPENCL_CPU}. */
        public static Choice of(Integer deviceOption, boolean cpuOption) {
            Integer index = deviceOption;
            if (index == null) {
                String env = System.getenv("PORTALIS_OPENCL_DEVICE");
                if (env != null && !env.isBlank()) {
                    try {
                        index = Integer.parseInt(env.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("PORTALIS_OPENCL_DEVICE must be a device index, got '"
                                + env + "'");
                    }
                }
            }
            String cpuEnv = System.getenv("PORTALIS_OPENCL_CPU");
            boolean allow = cpuOption || "1".equals(cpuEnv) || "true".equalsIgnoreCase(cpuEnv);
            return new Choice(index, allow);
        }
    }

    /** The chosen device, or why none of {@code devices} may be used. */
    public sealed interface Selection permits Selected, Refused {}

    public record Selected(OpenClDevice device) implements Selection {}

    public record Refused(String code, String reason) implements Selection {}

    public static Selection choose(List<OpenClDevice> devices, Choice choice) {
        if (choice.index() != null) {
            int i = choice.index();
            if (i < 0 || i >= devices.size()) {
                return new Refused("no_usable_device", "device " + i + " does not exist (there are "
                        + devices.size() + "; see 'portalis-accel devices')");
            }
            OpenClDevice d = devices.get(i);
            if (d.type() == OpenClDevice.DeviceType.CPU && !choice.allowCpu()) {
                return new Refused("no_usable_device", cpuRefusal(d));
            }
            return new Selected(d);
        }
        for (OpenClDevice.DeviceType t : OpenClDevice.DeviceType.values()) {
            if ((t == OpenClDevice.DeviceType.CPU || t == OpenClDevice.DeviceType.OTHER) && !choice.allowCpu()) {
                continue;
            }
            for (OpenClDevice d : devices) {
                if (d.type() == t) {
                    return new Selected(d);
                }
            }
        }
        return new Refused("no_usable_device", "no GPU or accelerator OpenCL device; only CPU devices ("
                + devices.get(0).info().name() + "), which the GPU path uses only with --opencl-cpu or "
                + "PORTALIS_OPENCL_CPU=1");
    }

    private static String cpuRefusal(OpenClDevice d) {
        return "device " + d.index() + " (" + d.info().name() + ") is a CPU OpenCL device; the GPU path uses it "
                + "only with --opencl-cpu or PORTALIS_OPENCL_CPU=1";
    }
}
