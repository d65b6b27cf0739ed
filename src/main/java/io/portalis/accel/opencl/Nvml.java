package io.portalis.accel.opencl;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;
import java.util.List;

/**
 * Free memory of an NVIDIA GPU from NVML ({@code nvmlDeviceGetMemoryInfo}) through JNA, matched to
 * the OpenCL device by PCI bus id. Any failure (no NVML, no such device) gives null: unknown.
 */
final class Nvml {
    private Nvml() {}

    interface Lib extends Library {
        int nvmlInit_v2();

        int nvmlDeviceGetHandleByPciBusId_v2(String pciBusId, PointerByReference device);

        int nvmlDeviceGetMemoryInfo(Pointer device, Memory memory);
    }

    /** nvmlMemory_t: total, free, used (bytes). */
    public static final class Memory extends Structure {
        public long total;
        public long free;
        public long used;

        @Override
        protected List<String> getFieldOrder() {
            return List.of("total", "free", "used");
        }
    }

    private static Lib lib;
    private static boolean tried;

    private static synchronized Lib lib() {
        if (!tried) {
            tried = true;
            try {
                Lib l = Native.load("nvidia-ml", Lib.class);
                if (l.nvmlInit_v2() == 0) {
                    lib = l;
                }
            } catch (LinkageError e) {
                lib = null;
            }
        }
        return lib;
    }

    static Long freeMemory(String pciBusId) {
        Lib l = lib();
        if (l == null) {
            return null;
        }
        try {
            PointerByReference handle = new PointerByReference();
            if (l.nvmlDeviceGetHandleByPciBusId_v2(pciBusId, handle) != 0) {
                return null;
            }
            Memory m = new Memory();
            if (l.nvmlDeviceGetMemoryInfo(handle.getValue(), m) != 0) {
                return null;
            }
            return m.free;
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }
}
